using Flowserv.GraphQL.Building;

namespace Flowserv.Schema;

/// <summary>The query root; each feature adds its fields with an [ExtendObjectType("Query")] class.</summary>
[GraphQLName("Query")]
public sealed class Query;
