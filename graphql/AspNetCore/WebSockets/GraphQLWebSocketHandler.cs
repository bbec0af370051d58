using System.Net.WebSockets;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade on the GraphQL path with the subprotocol the client offers
/// (<c>graphql-transport-ws</c> preferred over the legacy <c>graphql-ws</c>), echoing it as both
/// protocols require. Without either, the socket is accepted and closed with 4406 so the client learns why.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    RequestExecutor executor,
    GraphQLServerOptions options,
    IHostApplicationLifetime applicationLifetime,
    ILogger<GraphQLWebSocketHandler> logger)
{
    private static readonly GraphQLWebSocketProtocol[] Protocols = [GraphQLTransportWsProtocol.Instance, SubscriptionsTransportWsProtocol.Instance];

    public async Task HandleAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = Array.Find(Protocols, candidate => requested.Contains(candidate.Name, StringComparer.Ordinal));
        if (protocol is null)
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await RefuseAsync(refused);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol.Name);
        var session = new GraphQLWebSocketSession(socket, protocol, context, executor, options.WebSockets, logger);
        await session.RunAsync(applicationLifetime.ApplicationStopping);
    }

    private static async Task RefuseAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client left first.
        }
    }
}
