using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4.2, with the descriptions graphql-js 16 uses, so that a
/// client comparing our introspection with graphql-js's sees identical answers.
/// </summary>
public static class IntrospectionTypes
{
    public static readonly EnumType TypeKindEnum = new(
        "__TypeKind",
        [
            KindValue(TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            KindValue(TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            KindValue(TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            KindValue(TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            KindValue(TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            KindValue(TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            KindValue(TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            KindValue(TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ],
        "An enum describing what kind of type a given `__Type` is.");

    public static readonly EnumType DirectiveLocationEnum = new(
        "__DirectiveLocation",
        Enum.GetValues<DirectiveLocation>().Select(location => new EnumValueDefinition
        {
            Name = location.ToName(),
            Value = location,
            Description = DirectiveLocationDescriptions.Describe(location),
        }),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    public static readonly ObjectType EnumValueType = new(
        "__EnumValue",
        () =>
        [
            Field<EnumValueDefinition>("name", NonNullString, value => value.Name),
            Field<EnumValueDefinition>("description", BuiltInScalars.String, value => value.Description),
            Field<EnumValueDefinition>("isDeprecated", NonNullBoolean, value => value.IsDeprecated),
            Field<EnumValueDefinition>("deprecationReason", BuiltInScalars.String, value => value.DeprecationReason),
        ],
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    public static readonly ObjectType InputValueType = new(
        "__InputValue",
        () =>
        [
            Field<InputValueDefinition>("name", NonNullString, input => input.Name),
            Field<InputValueDefinition>("description", BuiltInScalars.String, input => input.Description),
            Field<InputValueDefinition>("type", new NonNullType(TypeType!), input => input.Type),
            Field<InputValueDefinition>(
                "defaultValue",
                BuiltInScalars.String,
                input => input.DefaultValue is null ? null : AstPrinter.Print(input.DefaultValue),
                "A GraphQL-formatted string representing the default value for this input value."),
            Field<InputValueDefinition>("isDeprecated", NonNullBoolean, input => input.IsDeprecated),
            Field<InputValueDefinition>("deprecationReason", BuiltInScalars.String, input => input.DeprecationReason),
        ],
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static readonly ObjectType FieldType = new(
        "__Field",
        () =>
        [
            Field<FieldDefinition>("name", NonNullString, field => field.Name),
            Field<FieldDefinition>("description", BuiltInScalars.String, field => field.Description),
            FilteredListField<FieldDefinition>("args", new NonNullType(ListOf(InputValueType)), field => field.Arguments, argument => ((InputValueDefinition)argument).IsDeprecated),
            Field<FieldDefinition>("type", new NonNullType(TypeType!), field => field.Type),
            Field<FieldDefinition>("isDeprecated", NonNullBoolean, field => field.IsDeprecated),
            Field<FieldDefinition>("deprecationReason", BuiltInScalars.String, field => field.DeprecationReason),
        ],
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static readonly ObjectType TypeType = new(
        "__Type",
        () =>
        [
            Field<GraphQLType>("kind", new NonNullType(TypeKindEnum), type => type.Kind),
            Field<GraphQLType>("name", BuiltInScalars.String, type => (type as NamedType)?.Name),
            Field<GraphQLType>("description", BuiltInScalars.String, type => (type as NamedType)?.Description),
            Field<GraphQLType>("specifiedByURL", BuiltInScalars.String, type => (type as ScalarType)?.SpecifiedByUrl),
            FilteredListField<GraphQLType>("fields", ListOf(FieldType), type => (type as ComplexType)?.Fields.Values.ToArray(), field => ((FieldDefinition)field).IsDeprecated),
            Field<GraphQLType>("interfaces", ListOf(TypeType!), type => (type as ComplexType)?.Interfaces),
            new FieldDefinition
            {
                Name = "possibleTypes",
                Type = ListOf(TypeType!),
                Resolver = context => new ValueTask<object?>(context.Parent is UnionType or InterfaceType
                    ? context.Schema.GetPossibleTypes((NamedType)context.Parent)
                    : null),
            },
            FilteredListField<GraphQLType>("enumValues", ListOf(EnumValueType), type => (type as EnumType)?.Values, value => ((EnumValueDefinition)value).IsDeprecated),
            FilteredListField<GraphQLType>("inputFields", ListOf(InputValueType), type => (type as InputObjectType)?.Fields.Values.ToArray(), field => ((InputValueDefinition)field).IsDeprecated),
            Field<GraphQLType>("ofType", TypeType!, type => type switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Field<GraphQLType>("isOneOf", BuiltInScalars.Boolean, type => (type as InputObjectType)?.IsOneOf),
        ],
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static readonly ObjectType DirectiveType = new(
        "__Directive",
        () =>
        [
            Field<DirectiveDefinition>("name", NonNullString, directive => directive.Name),
            Field<DirectiveDefinition>("description", BuiltInScalars.String, directive => directive.Description),
            Field<DirectiveDefinition>("isRepeatable", NonNullBoolean, directive => directive.IsRepeatable),
            Field<DirectiveDefinition>("locations", new NonNullType(ListOf(DirectiveLocationEnum)), directive => directive.Locations),
            FilteredListField<DirectiveDefinition>("args", new NonNullType(ListOf(InputValueType)), directive => directive.Arguments, argument => ((InputValueDefinition)argument).IsDeprecated),
            Field<DirectiveDefinition>("isDeprecated", NonNullBoolean, directive => directive.IsDeprecated),
            Field<DirectiveDefinition>("deprecationReason", BuiltInScalars.String, directive => directive.DeprecationReason),
        ],
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static readonly ObjectType SchemaType = new(
        "__Schema",
        () =>
        [
            Field<GraphQLSchema>("description", BuiltInScalars.String, schema => schema.Description),
            Field<GraphQLSchema>("types", new NonNullType(ListOf(TypeType)), schema => schema.Types.Values, "A list of all types supported by this server."),
            Field<GraphQLSchema>("queryType", new NonNullType(TypeType), schema => schema.QueryType, "The type that query operations will be rooted at."),
            Field<GraphQLSchema>("mutationType", TypeType, schema => schema.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field<GraphQLSchema>("subscriptionType", TypeType, schema => schema.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            FilteredListField<GraphQLSchema>(
                "directives",
                new NonNullType(ListOf(DirectiveType)),
                schema => schema.Directives,
                directive => ((DirectiveDefinition)directive).IsDeprecated,
                "A list of all directives supported by this server.",
                includeDeprecatedType: NonNullBoolean),
        ],
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary>In the order graphql-js lists them.</summary>
    public static IReadOnlyList<NamedType> All { get; } =
        [SchemaType, DirectiveType, DirectiveLocationEnum, TypeType, FieldType, InputValueType, EnumValueType, TypeKindEnum];

    public static bool IsIntrospectionType(NamedType type) => All.Any(introspectionType => introspectionType.Name == type.Name);

    private static GraphQLType NonNullString => new NonNullType(BuiltInScalars.String);

    private static GraphQLType NonNullBoolean => new NonNullType(BuiltInScalars.Boolean);

    private static ListType ListOf(NamedType type) => new(new NonNullType(type));

    private static EnumValueDefinition KindValue(TypeKind kind, string name, string description) =>
        new() { Name = name, Value = kind, Description = description };

    private static FieldDefinition Field<TParent>(string name, GraphQLType type, Func<TParent, object?> read, string? description = null) => new()
    {
        Name = name,
        Description = description,
        Type = type,
        Resolver = context => new ValueTask<object?>(read((TParent)context.Parent!)),
    };

    /// <summary>
    /// A list field with graphql-js's <c>includeDeprecated = false</c> filter; the argument is
    /// <c>Boolean</c> except on <c>__Schema.directives</c>, which graphql-js 16.15 declares <c>Boolean!</c>.
    /// </summary>
    private static FieldDefinition FilteredListField<TParent>(
        string name,
        GraphQLType type,
        Func<TParent, System.Collections.IEnumerable?> read,
        Func<object, bool> isDeprecated,
        string? description = null,
        GraphQLType? includeDeprecatedType = null) => new()
    {
        Name = name,
        Description = description,
        Type = type,
        Arguments =
        [
            new InputValueDefinition { Name = "includeDeprecated", Type = includeDeprecatedType ?? BuiltInScalars.Boolean, DefaultValue = new BooleanValueNode(false) },
        ],
        Resolver = context =>
        {
            var items = read((TParent)context.Parent!);
            var includeDeprecated = context.Arguments.GetValueOrDefault("includeDeprecated") is true;
            return new ValueTask<object?>(items is null || includeDeprecated
                ? items
                : items.Cast<object>().Where(item => !isDeprecated(item)).ToArray());
        },
    };
}
