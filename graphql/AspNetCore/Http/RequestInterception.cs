using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>Runs the registered <see cref="IGraphQLRequestInterceptor"/>s for an HTTP or SSE request.</summary>
internal static class RequestInterception
{
    /// <summary>The request data every operation of the request gets; a refusal becomes 401.</summary>
    public static async Task<IDictionary<string, object?>> AuthorizeAsync(HttpContext context)
    {
        var requestContext = new GraphQLRequestContext(context);
        foreach (var interceptor in context.RequestServices.GetServices<IGraphQLRequestInterceptor>())
        {
            if (!await interceptor.OnRequestAsync(requestContext, context.RequestAborted))
            {
                throw new HttpRequestError(StatusCodes.Status401Unauthorized, "The request is not authorized.", "UNAUTHORIZED");
            }
        }

        return requestContext.RequestData;
    }
}
