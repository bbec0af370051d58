using Flowserv.GraphQL.AspNetCore.Tests;

namespace Flowserv.Tests.Support.WebSockets;

/// <summary>Connects the shared socket client to this project's <see cref="TestServer"/>.</summary>
internal sealed partial class WebSocketTestClient
{
    public static Task<WebSocketTestClient> ConnectAsync(TestServer server, params string[] subprotocols) => ConnectAsync(server.WebSocketEndpoint, subprotocols);

    public static Task<WebSocketTestClient> ConnectTransportWsAsync(TestServer server) => ConnectAsync(server, "graphql-transport-ws");

    public static Task<WebSocketTestClient> ConnectLegacyAsync(TestServer server) => ConnectAsync(server, "graphql-ws");
}
