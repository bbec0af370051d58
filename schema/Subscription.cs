using Flowserv.GraphQL.Building;

namespace Flowserv.Schema;

/// <summary>The subscription root; each feature adds its fields with an [ExtendObjectType("Subscription")] class.</summary>
[GraphQLName("Subscription")]
public sealed class Subscription;
