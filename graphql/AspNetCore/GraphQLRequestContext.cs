using Microsoft.AspNetCore.Http;

namespace Flowserv.GraphQL.AspNetCore;

/// <summary>What an <see cref="IGraphQLRequestInterceptor"/> sees of a request.</summary>
public sealed class GraphQLRequestContext(HttpContext httpContext, IReadOnlyDictionary<string, object?>? connectionInitPayload = null)
{
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The payload of a socket's <c>connection_init</c> message; null for HTTP requests.</summary>
    public IReadOnlyDictionary<string, object?>? ConnectionInitPayload { get; } = connectionInitPayload;

    /// <summary>Handed to every resolver of the request (<c>IResolverContext.RequestData</c>).</summary>
    public IDictionary<string, object?> RequestData { get; } = new Dictionary<string, object?>();
}
