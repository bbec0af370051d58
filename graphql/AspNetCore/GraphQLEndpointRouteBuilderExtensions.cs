using Flowserv.GraphQL.AspNetCore.Http;
using Flowserv.GraphQL.AspNetCore.Ide;
using Flowserv.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves GraphQL over HTTP (and SSE, uploads, the IDE, WebSockets chosen by subprotocol) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.MapGet(pattern.TrimEnd('/') + "/{**asset}", endpoints.ServiceProvider.GetRequiredService<IdeHandler>().ServeAssetAsync);
        var pipeline = endpoints.CreateApplicationBuilder().UseGraphQLWebSockets();
        pipeline.Run(handler.HandleAsync);
        return endpoints.Map(pattern, pipeline.Build());
    }
}
