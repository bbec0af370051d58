using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

internal static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>
    /// Hands WebSocket upgrades to <see cref="GraphQLWebSocketHandler"/> and everything else to the rest of
    /// the pipeline. It enables WebSockets itself, so hosts need no <c>app.UseWebSockets()</c> (calling it too is harmless).
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app)
    {
        var handler = app.ApplicationServices.GetRequiredService<GraphQLWebSocketHandler>();
        app.UseWebSockets();
        return app.Use(next => context => context.WebSockets.IsWebSocketRequest ? handler.HandleAsync(context) : next(context));
    }
}
