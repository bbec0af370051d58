namespace Flowserv.GraphQL.AspNetCore;

/// <summary>
/// The authentication hook: sees every GraphQL request before it executes (HTTP and SSE requests with
/// their headers; WebSocket connections once, with the <c>connection_init</c> payload) and fills the
/// request data resolvers read, such as the caller's identity. Registered interceptors run in order.
/// </summary>
public interface IGraphQLRequestInterceptor
{
    /// <summary>Returns false to refuse the request: 401 over HTTP, close code 4403 on a socket.</summary>
    ValueTask<bool> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken);
}
