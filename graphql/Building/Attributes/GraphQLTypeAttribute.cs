namespace Flowserv.GraphQL.Building;

/// <summary>
/// Overrides the named type of a member: a <see cref="Types.ScalarType"/> subclass (e.g. <c>typeof(IdType)</c>)
/// or a CLR type mapped by the usual conventions. Lists and nullability still come from the member's own type,
/// so <c>[GraphQLType(typeof(IdType))] List&lt;string&gt;</c> is <c>[ID!]!</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public class GraphQLTypeAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
