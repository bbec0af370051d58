using Flowserv.GraphQL.Building;

namespace Flowserv.Schema;

/// <summary>The mutation root; each feature adds its fields with an [ExtendObjectType("Mutation")] class.</summary>
[GraphQLName("Mutation")]
public sealed class Mutation;
