using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>
/// Builds a schema from SDL for validation tests, independent of the production schema builder: types,
/// fields, arguments, defaults, interfaces, unions, enums, input objects (with @oneOf), custom scalars that
/// accept any literal, and directive definitions.
/// </summary>
internal static class TestSchemaBuilder
{
    /// <summary>Builds the schema; <paramref name="scalars"/> replaces custom scalars by name (others accept any literal).</summary>
    public static GraphQLSchema Build(string sdl, params ScalarType[] scalars)
    {
        var document = Parser.Parse(sdl);
        var definitions = new Dictionary<string, TypeDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                definitions[type.Name.Value] = type;
            }
        }

        var types = new Dictionary<string, NamedType>();
        foreach (var scalar in BuiltInScalars.All)
        {
            types[scalar.Name] = scalar;
        }

        NamedType Named(string name) => types[name];

        GraphQLType TypeOf(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
            ListTypeNode list => new ListType(TypeOf(list.Type)),
            NamedTypeNode named => Named(named.Name.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

        InputValueDefinition[] InputValues(IReadOnlyList<InputValueDefinitionNode> nodes) =>
            nodes.Select(node => new InputValueDefinition { Name = node.Name.Value, Type = TypeOf(node.Type), DefaultValue = node.DefaultValue }).ToArray();

        IEnumerable<FieldDefinition> Fields(IReadOnlyList<FieldDefinitionNode> nodes) =>
            nodes.Select(node => new FieldDefinition { Name = node.Name.Value, Type = TypeOf(node.Type), Arguments = InputValues(node.Arguments) });

        foreach (var definition in definitions.Values)
        {
            var name = definition.Name.Value;
            types[name] = definition switch
            {
                ScalarTypeDefinitionNode => Array.Find(scalars, scalar => scalar.Name == name) ?? new AnyLiteralScalar(name),
                ObjectTypeDefinitionNode obj => new ObjectType(
                    name,
                    () => Fields(obj.Fields),
                    () => obj.Interfaces.Select(i => (InterfaceType)Named(i.Name.Value))),
                InterfaceTypeDefinitionNode iface => new InterfaceType(
                    name,
                    () => Fields(iface.Fields),
                    () => iface.Interfaces.Select(i => (InterfaceType)Named(i.Name.Value))),
                UnionTypeDefinitionNode union => new UnionType(name, () => union.Types.Select(t => (ObjectType)Named(t.Name.Value))),
                EnumTypeDefinitionNode enumType => new EnumType(name, enumType.Values.Select(v => new EnumValueDefinition { Name = v.Name.Value })),
                InputObjectTypeDefinitionNode input => new InputObjectType(name, () => InputValues(input.Fields))
                {
                    IsOneOf = input.Directives.Any(d => d.Name.Value == "oneOf"),
                },
                _ => throw new ArgumentOutOfRangeException(nameof(sdl), name),
            };
        }

        var directives = SpecifiedDirectives.All.ToList();
        foreach (var directive in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            directives.Add(new DirectiveDefinition
            {
                Name = directive.Name.Value,
                Locations = directive.Locations.Select(l => DirectiveLocationNames.TryParse(l.Value, out var location) ? location : throw new ArgumentException(l.Value)).ToArray(),
                Arguments = InputValues(directive.Arguments),
                IsRepeatable = directive.Repeatable,
            });
        }

        var roots = new Dictionary<OperationType, string>
        {
            [OperationType.Query] = "Query",
            [OperationType.Mutation] = "Mutation",
            [OperationType.Subscription] = "Subscription",
        };
        if (document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault() is { } schemaDefinition)
        {
            roots.Clear();
            foreach (var operationType in schemaDefinition.OperationTypes)
            {
                roots[operationType.Operation] = operationType.Type.Name.Value;
            }
        }

        ObjectType? Root(OperationType operation) =>
            roots.TryGetValue(operation, out var name) && types.TryGetValue(name, out var type) ? (ObjectType)type : null;

        return new GraphQLSchema(
            Root(OperationType.Query)!,
            Root(OperationType.Mutation),
            Root(OperationType.Subscription),
            types.Values.Where(type => !BuiltInScalars.IsBuiltIn(type)),
            directives);
    }

    /// <summary>A custom scalar as graphql-js's buildSchema makes it: any literal is accepted.</summary>
    private sealed class AnyLiteralScalar(string name) : ScalarType(name)
    {
        public override object? Serialize(object value) => value;

        public override object? ParseValue(object? value) => value;
    }
}
