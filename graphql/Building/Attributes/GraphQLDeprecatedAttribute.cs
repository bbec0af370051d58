namespace Flowserv.GraphQL.Building;

/// <summary>Marks a field, argument, input field or enum value <c>@deprecated(reason: ...)</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
