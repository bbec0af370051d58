namespace Flowserv.GraphQL.Types;

/// <summary>Classifications and unwrapping of types (spec 3.4.1 "Wrapping Types", 3.4.2 input/output types).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static NamedType NamedType(this GraphQLType type) => type switch
    {
        NonNullType nonNull => nonNull.OfType.NamedType(),
        ListType list => list.OfType.NamedType(),
        _ => (NamedType)type,
    };

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public static GraphQLType Nullable(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static GraphQLType NonNull(this GraphQLType type) => type is NonNullType ? type : new NonNullType(type);

    public static GraphQLType List(this GraphQLType type) => new ListType(type);

    public static bool IsNonNull(this GraphQLType type) => type is NonNullType;

    public static bool IsInputType(this GraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this GraphQLType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>A required input: non-null and without a default value.</summary>
    public static bool IsRequired(this InputValueDefinition input) => input.Type is NonNullType && input.DefaultValue is null;
}
