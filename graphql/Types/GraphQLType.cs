namespace Flowserv.GraphQL.Types;

public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type a field, argument or variable can have: a named type or a list/non-null wrapper (spec 3.4).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The type in SDL notation, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
