using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building;

/// <summary>Types a member as <c>ID</c>; string, Guid, int and long members convert to and from the ID's string form.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute() : GraphQLTypeAttribute(typeof(IdType));
