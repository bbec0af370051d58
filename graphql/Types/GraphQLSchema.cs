using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>
/// A schema (spec 3.3): root operation types, every named type reachable from them (plus extra
/// types), and directives. Type order is graphql-js's: the listed types in list order, each followed by
/// the unlisted types it references (depth-first), then the roots, directive argument types and the
/// introspection types.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, NamedType> typeMap = new();
    private readonly Dictionary<string, DirectiveDefinition> directivesByName;
    private readonly Lazy<Dictionary<string, InterfaceImplementations>> implementations;
    private readonly Dictionary<string, HashSet<string>> possibleTypeNames = [];

    // Listed types keep their list position (as in graphql-js): a reference to one that is still pending
    // does not pull it forward.
    private readonly HashSet<string> pendingTypes;

    public GraphQLSchema(
        ObjectType query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = (directives ?? SpecifiedDirectives.All).ToArray();
        directivesByName = Directives.GroupBy(directive => directive.Name).ToDictionary(group => group.Key, group => group.First());

        var duplicates = new List<string>();
        var listed = (types ?? []).ToList();
        pendingTypes = listed.Select(type => type.Name).ToHashSet();
        foreach (var type in listed)
        {
            pendingTypes.Remove(type.Name);
            Collect(type, duplicates);
        }

        pendingTypes.Clear();

        Collect(query, duplicates);
        Collect(mutation, duplicates);
        Collect(subscription, duplicates);
        foreach (var argument in Directives.SelectMany(directive => directive.Arguments))
        {
            Collect(argument.Type, duplicates);
        }

        foreach (var introspectionType in Introspection.IntrospectionTypes.All)
        {
            Collect(introspectionType, duplicates);
        }

        if (duplicates.Count > 0)
        {
            throw new SchemaException(duplicates);
        }

        implementations = new Lazy<Dictionary<string, InterfaceImplementations>>(CollectImplementations);
    }

    public string? Description { get; init; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in deterministic order (see the class summary).</summary>
    public IReadOnlyDictionary<string, NamedType> Types => typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    public NamedType? GetType(string name) => typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType interfaceType => GetImplementations(interfaceType).Objects,
        _ => [],
    };

    public InterfaceImplementations GetImplementations(InterfaceType interfaceType) =>
        implementations.Value.GetValueOrDefault(interfaceType.Name) ?? InterfaceImplementations.None;

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        HashSet<string>? names;
        lock (possibleTypeNames)
        {
            if (!possibleTypeNames.TryGetValue(abstractType.Name, out names))
            {
                names = abstractType switch
                {
                    UnionType union => union.Types.Select(type => type.Name).ToHashSet(),
                    InterfaceType interfaceType => GetImplementations(interfaceType).Objects.Select(type => type.Name)
                        .Concat(GetImplementations(interfaceType).Interfaces.Select(type => type.Name)).ToHashSet(),
                    _ => [],
                };
                possibleTypeNames[abstractType.Name] = names;
            }
        }

        return names.Contains(maybeSubType.Name);
    }

    private void Collect(GraphQLType? type, List<string> duplicates)
    {
        if (type is null)
        {
            return;
        }

        var named = type.NamedType();
        if (pendingTypes.Contains(named.Name))
        {
            return;
        }

        if (typeMap.TryGetValue(named.Name, out var existing))
        {
            if (!ReferenceEquals(existing, named))
            {
                duplicates.Add($"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".");
            }

            return;
        }

        typeMap.Add(named.Name, named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, duplicates);
                }

                break;
            case ComplexType complex:
                foreach (var interfaceType in complex.Interfaces)
                {
                    Collect(interfaceType, duplicates);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Collect(field.Type, duplicates);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, duplicates);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type, duplicates);
                }

                break;
        }
    }

    private Dictionary<string, InterfaceImplementations> CollectImplementations()
    {
        var objects = new Dictionary<string, List<ObjectType>>();
        var interfaces = new Dictionary<string, List<InterfaceType>>();
        foreach (var type in typeMap.Values)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (var implemented in complex.Interfaces)
            {
                if (complex is ObjectType objectType)
                {
                    objects.TryAdd(implemented.Name, []);
                    objects[implemented.Name].Add(objectType);
                }
                else
                {
                    interfaces.TryAdd(implemented.Name, []);
                    interfaces[implemented.Name].Add((InterfaceType)complex);
                }
            }
        }

        return typeMap.Values.OfType<InterfaceType>().ToDictionary(
            type => type.Name,
            type => new InterfaceImplementations(
                objects.GetValueOrDefault(type.Name)?.ToArray() ?? [],
                interfaces.GetValueOrDefault(type.Name)?.ToArray() ?? []));
    }
}

/// <summary>The object and interface types that implement an interface.</summary>
public sealed record InterfaceImplementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    public static InterfaceImplementations None { get; } = new([], []);
}
