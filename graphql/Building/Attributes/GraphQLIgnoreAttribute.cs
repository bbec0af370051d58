namespace Flowserv.GraphQL.Building;

/// <summary>Keeps a public member (or enum value) out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method)]
public sealed class GraphQLIgnoreAttribute : Attribute;
