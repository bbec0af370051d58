namespace Flowserv.GraphQL.Execution;

/// <summary>Resolves a field's value (spec 6.4.2 ResolveFieldValue). Synchronous resolvers return a completed ValueTask.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Creates the source event stream of a subscription root field (spec 6.2.3.1 ResolveFieldEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
