namespace Flowserv.GraphQL.Types;

/// <summary>Type relations used by validation and schema checks (graphql-js utilities/typeComparators).</summary>
public static class TypeComparators
{
    /// <summary>Same wrappers around the same named type.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y) || x.Name == y.Name,
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected (covariance).</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType() && maybeSubType is ObjectType or InterfaceType &&
            schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be both <paramref name="a"/> and <paramref name="b"/> (spec GetPossibleTypes intersection).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b) || a.Name == b.Name)
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            return b.IsAbstractType()
                ? schema.GetPossibleTypes(a).Any(type => schema.IsSubType(b, type))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }
}
