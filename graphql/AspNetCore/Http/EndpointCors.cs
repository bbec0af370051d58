using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>
/// Applies <see cref="GraphQLServerOptions.CorsAllowedOrigins"/> with ASP.NET Core's CORS service inside
/// the endpoint, so hosts need no CORS middleware or policy of their own for it.
/// </summary>
internal sealed class EndpointCors(ICorsService corsService, GraphQLServerOptions options)
{
    private readonly CorsPolicy? policy = CreatePolicy(options);

    /// <summary>Adds the CORS response headers; true when the request was a preflight, now answered.</summary>
    public bool Apply(HttpContext context)
    {
        if (policy is null || !context.Request.Headers.ContainsKey("Origin"))
        {
            return false;
        }

        var result = corsService.EvaluatePolicy(context, policy);
        corsService.ApplyResult(result, context.Response);
        if (!result.IsPreflightRequest)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return true;
    }

    private static CorsPolicy? CreatePolicy(GraphQLServerOptions options)
    {
        if (options.CorsAllowedOrigins.Count == 0)
        {
            return null;
        }

        var builder = new CorsPolicyBuilder().AllowAnyHeader().AllowAnyMethod();
        return (options.CorsAllowedOrigins.Contains("*")
            ? builder.AllowAnyOrigin()
            : builder.WithOrigins([.. options.CorsAllowedOrigins]).AllowCredentials()).Build();
    }
}
