namespace Flowserv.GraphQL.Building;

/// <summary>Makes a member's type non-null whatever its C# nullability says (the outermost type, not list items).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNonNullAttribute : Attribute;
