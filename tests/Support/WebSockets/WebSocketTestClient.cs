using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flowserv.Tests.Support.WebSockets;

/// <summary>
/// A raw client socket (System.Net.WebSockets.ClientWebSocket) that sends JSON frames and reads the
/// server's frames one by one, so tests see exactly what a client sees: every message and the close code.
/// Every wait is bounded only to turn a hang into a failure. Shared by the test projects as a linked
/// source file; each adds its own ways to reach its server in another part of this partial class.
/// </summary>
internal sealed partial class WebSocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket;

    // How long any one send or receive may take before the test fails instead of hanging.
    private readonly TimeSpan patience;

    private WebSocketTestClient(ClientWebSocket socket, TimeSpan patience)
    {
        this.socket = socket;
        this.patience = patience;
    }

    /// <summary>The subprotocol the server echoed.</summary>
    public string? SubProtocol => socket.SubProtocol;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseStatusDescription => socket.CloseStatusDescription;

    public static Task<WebSocketTestClient> ConnectAsync(Uri endpoint, params string[] subprotocols) =>
        ConnectAsync(endpoint, DefaultPatience, subprotocols);

    public static async Task<WebSocketTestClient> ConnectAsync(Uri endpoint, TimeSpan patience, params string[] subprotocols)
    {
        var socket = new ClientWebSocket();
        foreach (var subprotocol in subprotocols)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        using var timeout = new CancellationTokenSource(patience);
        await socket.ConnectAsync(endpoint, timeout.Token);
        return new WebSocketTestClient(socket, patience);
    }

    public Task SendAsync(string type, string? id = null, JsonNode? payload = null)
    {
        var message = new JsonObject { ["type"] = type };
        if (id is not null)
        {
            message["id"] = id;
        }

        if (payload is not null)
        {
            message["payload"] = payload;
        }

        return SendTextAsync(message.ToJsonString());
    }

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null, string type = "subscribe") =>
        SendAsync(type, id, new JsonObject { ["query"] = query, ["variables"] = variables });

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends connection_init and expects connection_ack as the next message.</summary>
    public async Task InitializeAsync(JsonObject? payload = null)
    {
        await SendAsync("connection_init", payload: payload);
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.Type());
    }

    /// <summary>The next message; fails if the socket closes first.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var message = await ReceiveOrCloseAsync();
        return message ?? throw new Xunit.Sdk.XunitException($"The server closed the socket ({(int?)CloseStatus} {CloseStatusDescription}) instead of sending a message.");
    }

    /// <summary>The next message that is not a keep-alive (<c>ka</c> or <c>ping</c>).</summary>
    public async Task<JsonElement> ReceiveSkippingKeepAliveAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.Type() is not ("ka" or "ping"))
            {
                return message;
            }
        }
    }

    /// <summary>Messages up to the close frame, then the close code; fails if the socket stays open.</summary>
    public async Task<(int Code, string? Reason, List<JsonElement> MessagesBefore)> ReceiveCloseAsync()
    {
        var messages = new List<JsonElement>();
        while (await ReceiveOrCloseAsync() is { } message)
        {
            messages.Add(message);
        }

        return ((int)CloseStatus!.Value, CloseStatusDescription, messages);
    }

    /// <summary>Sends ping and reads up to the pong: proves the socket is open and returns what the server sent meanwhile.</summary>
    public async Task<List<JsonElement>> PingAsync()
    {
        await SendAsync("ping");
        var before = new List<JsonElement>();
        for (var message = await ReceiveAsync(); message.Type() != "pong"; message = await ReceiveAsync())
        {
            before.Add(message);
        }

        return before;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(patience);
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went away first; nothing left to close.
            }
        }

        socket.Dispose();
    }

    private async Task<JsonElement?> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(patience);
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(chunk, timeout.Token);
            buffer.Write(chunk, 0, received.Count);
        }
        while (!received.EndOfMessage);

        if (received.MessageType == WebSocketMessageType.Close)
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }

            return null;
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }
}

internal static class WebSocketMessageExtensions
{
    public static string? Type(this JsonElement message) => message.GetProperty("type").GetString();

    public static string? Id(this JsonElement message) => message.TryGetProperty("id", out var id) ? id.GetString() : null;

    public static JsonElement Payload(this JsonElement message) => message.GetProperty("payload");
}
