using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// Builds the schema of a validated SDL document the way graphql-js's buildASTSchema does: types in
/// document order, each merged with its extensions; fields, interfaces and members resolved lazily so
/// types may refer to each other; built-in scalars and introspection types always the standard ones.
/// </summary>
internal sealed class SdlSchemaFactory
{
    private static readonly Dictionary<string, NamedType> StandardTypes =
        BuiltInScalars.All.Concat<NamedType>(IntrospectionTypes.All).ToDictionary(type => type.Name);

    private readonly SdlDocument sdl;
    private readonly SdlBindings bindings;
    private readonly OrderedDictionary<string, NamedType> types = new();
    private readonly List<SchemaProblem> problems = [];

    // Interfaces and union members of the wrong kind can't be held by the model; the schema validator
    // reports them among the problems of their type, as graphql-js does.
    private readonly Dictionary<string, List<SchemaProblem>> rejectedReferences = [];
    private readonly SdlDirectiveValues directiveValues;

    private SdlSchemaFactory(SdlDocument sdl, SdlBindings bindings)
    {
        this.sdl = sdl;
        this.bindings = bindings;
        directiveValues = new SdlDirectiveValues(problems);
    }

    /// <summary>The schema, or a <see cref="SchemaException"/> listing every problem with building or validating it.</summary>
    public static GraphQLSchema Build(SdlDocument sdl, SdlBindings bindings) => new SdlSchemaFactory(sdl, bindings).Build();

    private GraphQLSchema Build()
    {
        foreach (var definition in sdl.TypeDefinitions)
        {
            types[definition.Name.Value] = StandardTypes.GetValueOrDefault(definition.Name.Value) ?? BuildType(definition);
        }

        var directives = sdl.DirectiveDefinitions.Select(BuildDirective).ToList();
        directives.AddRange(SpecifiedDirectives.All.Where(specified => directives.TrueForAll(directive => directive.Name != specified.Name)));

        // Resolve the lazy parts now, so that problems found in them are reported with all others.
        foreach (var type in types.Values)
        {
            ResolveLazyParts(type);
        }

        var query = RootType(OperationType.Query);
        var mutation = RootType(OperationType.Mutation);
        var subscription = RootType(OperationType.Subscription);
        SdlBindingChecks.Check(bindings, types, problems);
        ThrowIfAnyProblem();

        // A missing query root type was reported above, so the schema can be built from here on.
        var schema = new GraphQLSchema(query!, mutation, subscription, types.Values, directives, sdl.SchemaDefinition?.Description?.Value)
        {
            AstNode = sdl.SchemaDefinition,
            ExtensionAstNodes = sdl.SchemaExtensions,
        };
        problems.AddRange(SchemaValidator.FindProblems(schema, rejectedReferences));
        rejectedReferences.Clear();
        ThrowIfAnyProblem();
        return schema;
    }

    /// <summary>Throws when a problem was found; interfaces or members of the wrong kind are listed too until the validator took them.</summary>
    private void ThrowIfAnyProblem()
    {
        if (problems.Count > 0)
        {
            throw SchemaProblem.ToException(problems.Concat(rejectedReferences.Values.SelectMany(rejected => rejected)));
        }
    }

    private static void ResolveLazyParts(NamedType type)
    {
        switch (type)
        {
            case ComplexType complex:
                _ = complex.Fields;
                _ = complex.Interfaces;
                break;
            case UnionType union:
                _ = union.Types;
                break;
            case InputObjectType input:
                _ = input.Fields;
                break;
        }
    }

    /// <summary>
    /// The root type of <paramref name="operation"/>: from the schema definition and extensions, but, as in
    /// graphql-js, a document without a schema definition uses the types named Query, Mutation and Subscription.
    /// </summary>
    private ObjectType? RootType(OperationType operation)
    {
        var declared = sdl.SchemaDefinition?.OperationTypes.LastOrDefault(candidate => candidate.Operation == operation);
        foreach (var extension in sdl.SchemaExtensions)
        {
            declared = extension.OperationTypes.LastOrDefault(candidate => candidate.Operation == operation) ?? declared;
        }

        var type = declared is null ? null : NamedTypeOf(declared.Type.Name.Value);
        SyntaxNode? node = declared?.Type;
        if (sdl.SchemaDefinition is null && types.TryGetValue(operation.ToString(), out var conventional))
        {
            type = conventional;
            node = conventional.AstNode;
        }

        if (RootOperationTypes.Check(operation, type, node ?? sdl.SchemaDefinition) is { } problem)
        {
            problems.Add(problem);
        }

        return type as ObjectType;
    }

    private NamedType BuildType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var extensions = sdl.ExtensionsOf(name);
        var description = definition.Description?.Value;
        return definition switch
        {
            ObjectTypeDefinitionNode node => new ObjectType(
                name,
                () => BuildFields(name, node.Fields, Merged<ObjectTypeExtensionNode, FieldDefinitionNode>(extensions, extension => extension.Fields)),
                () => BuildInterfaces(name, node.Interfaces.Concat(Merged<ObjectTypeExtensionNode, NamedTypeNode>(extensions, extension => extension.Interfaces))),
                description)
            {
                AstNode = node,
                ExtensionAstNodes = extensions,
            },
            InterfaceTypeDefinitionNode node => new InterfaceType(
                name,
                () => BuildFields(name, node.Fields, Merged<InterfaceTypeExtensionNode, FieldDefinitionNode>(extensions, extension => extension.Fields)),
                () => BuildInterfaces(name, node.Interfaces.Concat(Merged<InterfaceTypeExtensionNode, NamedTypeNode>(extensions, extension => extension.Interfaces))),
                description)
            {
                AstNode = node,
                ExtensionAstNodes = extensions,
                ResolveType = bindings.TypeResolvers.GetValueOrDefault(name),
            },
            UnionTypeDefinitionNode node => new UnionType(
                name,
                () => BuildMembers(name, node.Types.Concat(Merged<UnionTypeExtensionNode, NamedTypeNode>(extensions, extension => extension.Types))),
                description)
            {
                AstNode = node,
                ExtensionAstNodes = extensions,
                ResolveType = bindings.TypeResolvers.GetValueOrDefault(name),
            },
            EnumTypeDefinitionNode node => new EnumType(
                name,
                BuildEnumValues(name, node.Values.Concat(Merged<EnumTypeExtensionNode, EnumValueDefinitionNode>(extensions, extension => extension.Values))),
                description)
            {
                AstNode = node,
                ExtensionAstNodes = extensions,
            },
            InputObjectTypeDefinitionNode node => new InputObjectType(
                name,
                () => node.Fields.Concat(Merged<InputObjectTypeExtensionNode, InputValueDefinitionNode>(extensions, extension => extension.Fields)).Select(BuildInputValue).ToArray(),
                description)
            {
                AstNode = node,
                ExtensionAstNodes = extensions,

                // Like graphql-js, only the definition itself can make an input object OneOf.
                IsOneOf = SdlDirectiveValues.IsOneOf(node.Directives),
            },
            ScalarTypeDefinitionNode node => new SdlScalarType(name, description, bindings.Scalars.GetValueOrDefault(name))
            {
                AstNode = node,
                ExtensionAstNodes = extensions,
                SpecifiedByUrl = directiveValues.SpecifiedByUrl(node.Directives),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown type definition."),
        };
    }

    /// <summary>The fields, interfaces, members or values that a type's extensions add, in document order.</summary>
    private static IEnumerable<T> Merged<TExtension, T>(IReadOnlyList<TypeExtensionNode> extensions, Func<TExtension, IReadOnlyList<T>> items)
        where TExtension : TypeExtensionNode => extensions.OfType<TExtension>().SelectMany(items);

    private FieldDefinition[] BuildFields(string typeName, IEnumerable<FieldDefinitionNode> definitions, IEnumerable<FieldDefinitionNode> extensions) =>
        definitions.Concat(extensions).Select(node => new FieldDefinition
        {
            Name = node.Name.Value,
            Description = node.Description?.Value,
            Type = TypeOf(node.Type),
            Arguments = node.Arguments.Select(BuildInputValue).ToArray(),
            DeprecationReason = directiveValues.DeprecationReason(node.Directives),
            Resolver = bindings.Resolvers.GetValueOrDefault(typeName + "." + node.Name.Value),
            Subscriber = bindings.Subscribers.GetValueOrDefault(typeName + "." + node.Name.Value),
            AstNode = node,
        }).ToArray();

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) => new()
    {
        Name = node.Name.Value,
        Description = node.Description?.Value,
        Type = TypeOf(node.Type),
        DefaultValue = node.DefaultValue,
        DeprecationReason = directiveValues.DeprecationReason(node.Directives),
        AstNode = node,
    };

    private List<InterfaceType> BuildInterfaces(string typeName, IEnumerable<NamedTypeNode> references) =>
        ResolveReferences<InterfaceType>(typeName, references, ImplementedInterfaces.NotAnInterface);

    private List<ObjectType> BuildMembers(string unionName, IEnumerable<NamedTypeNode> references) =>
        ResolveReferences<ObjectType>(unionName, references, Unions.NotAnObject);

    /// <summary>The referenced types of kind <typeparamref name="T"/>; a reference to another kind is rejected.</summary>
    private List<T> ResolveReferences<T>(
        string ownerName,
        IEnumerable<NamedTypeNode> references,
        Func<string, NamedType, IReadOnlyList<SyntaxNode?>, SchemaProblem> wrongKind)
        where T : NamedType
    {
        var resolved = new List<T>();
        foreach (var reference in references)
        {
            var type = NamedTypeOf(reference.Name.Value);
            if (type is T expected)
            {
                resolved.Add(expected);
            }
            else
            {
                Reject(ownerName, wrongKind(ownerName, type, [reference]));
            }
        }

        return resolved;
    }

    private void Reject(string typeName, SchemaProblem problem)
    {
        if (!rejectedReferences.TryGetValue(typeName, out var rejected))
        {
            rejectedReferences.Add(typeName, rejected = []);
        }

        rejected.Add(problem);
    }

    private EnumValueDefinition[] BuildEnumValues(string enumName, IEnumerable<EnumValueDefinitionNode> nodes)
    {
        var runtimeValues = bindings.EnumValues.GetValueOrDefault(enumName);
        return nodes.Select(node => new EnumValueDefinition
        {
            Name = node.Name.Value,
            Description = node.Description?.Value,
            Value = runtimeValues?.GetValueOrDefault(node.Name.Value),
            DeprecationReason = directiveValues.DeprecationReason(node.Directives),
            AstNode = node,
        }).ToArray();
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) => new()
    {
        Name = node.Name.Value,
        Description = node.Description?.Value,
        Locations = BuildLocations(node.Locations),
        Arguments = node.Arguments.Select(BuildInputValue).ToArray(),
        IsRepeatable = node.Repeatable,
        AstNode = node,
    };

    private List<DirectiveLocation> BuildLocations(IReadOnlyList<NameNode> names)
    {
        var locations = new List<DirectiveLocation>(names.Count);
        foreach (var name in names)
        {
            if (DirectiveLocationNames.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
            else
            {
                problems.Add(new($"Unknown directive location \"{name.Value}\".", name));
            }
        }

        return locations;
    }

    private GraphQLType TypeOf(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
        ListTypeNode list => new ListType(TypeOf(list.Type)),
        NamedTypeNode named => NamedTypeOf(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown type reference."),
    };

    // KnownTypeNames has already rejected references to undefined types.
    private NamedType NamedTypeOf(string name) =>
        StandardTypes.GetValueOrDefault(name) ?? types[name];
}
