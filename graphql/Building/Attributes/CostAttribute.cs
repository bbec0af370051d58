namespace Flowserv.GraphQL.Building;

/// <summary>The cost a field adds to an operation's complexity each time it is evaluated (default 1).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method)]
public sealed class CostAttribute(int cost) : Attribute
{
    public int Cost { get; } = cost;
}
