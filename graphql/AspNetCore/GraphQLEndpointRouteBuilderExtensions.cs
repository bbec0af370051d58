using Flowserv.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
