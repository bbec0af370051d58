using Flowserv.GraphQL.AspNetCore.Http;
using Flowserv.GraphQL.AspNetCore.Ide;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves GraphQL over HTTP (and SSE, uploads, the IDE) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.MapGet(pattern.TrimEnd('/') + "/{**asset}", endpoints.ServiceProvider.GetRequiredService<IdeHandler>().ServeAssetAsync);
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
