using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Relay;

/// <summary>Loads an object of one node type by raw id; null when there is none.</summary>
internal delegate ValueTask<object?> NodeLoader(IResolverContext context, string id);
