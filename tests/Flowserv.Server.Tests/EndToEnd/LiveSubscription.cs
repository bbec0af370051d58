using System.Text.Json;
using System.Text.Json.Nodes;
using Flowserv.Tests.Support.WebSockets;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// One subscription over graphql-transport-ws on its own socket, signed in through the
/// <c>connection_init</c> payload as a front-end does.
/// </summary>
public sealed class LiveSubscription : IAsyncDisposable
{
    private const string OperationId = "1";

    // A message may be minutes away: the run it reports on waits for a worker on a busy machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly WebSocketTestClient socket;

    private LiveSubscription(WebSocketTestClient socket) => this.socket = socket;

    public static async Task<LiveSubscription> StartAsync(Uri endpoint, string? token, string query, object variables)
    {
        var socket = await WebSocketTestClient.ConnectAsync(endpoint, Patience, "graphql-transport-ws");
        await socket.InitializeAsync(token is null ? new JsonObject() : new JsonObject { ["authorization"] = "Bearer " + token });
        await socket.SubscribeAsync(OperationId, query, JsonSerializer.SerializeToNode(variables)!.AsObject());
        return new LiveSubscription(socket);
    }

    /// <summary>The <c>data</c> of every event up to <c>complete</c>; fails on an error.</summary>
    public async Task<List<JsonElement>> ReadToCompletionAsync()
    {
        var events = new List<JsonElement>();
        while (await NextDataAsync() is { } data)
        {
            events.Add(data);
        }

        return events;
    }

    /// <summary>The <c>data</c> of every event up to and including the first one <paramref name="isLast"/> accepts.</summary>
    public async Task<List<JsonElement>> ReadUntilAsync(Func<JsonElement, bool> isLast)
    {
        var events = new List<JsonElement>();
        while (events.Count == 0 || !isLast(events[^1]))
        {
            events.Add(await NextDataAsync() ?? throw new Xunit.Sdk.XunitException($"The subscription completed after {events.Count} events without the one awaited."));
        }

        return events;
    }

    /// <summary>Every message of the operation up to its end (<c>complete</c> or <c>error</c>), unjudged.</summary>
    public async Task<List<JsonElement>> ReadOutcomeAsync()
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            messages.Add(message);
            if (message.Type() is "complete" or "error")
            {
                return messages;
            }
        }
    }

    public ValueTask DisposeAsync() => socket.DisposeAsync();

    // Null at complete.
    private async Task<JsonElement?> NextDataAsync()
    {
        var message = await ReceiveAsync();
        switch (message.Type())
        {
            case "complete":
                return null;
            case "next":
                var payload = message.Payload();
                Assert.False(payload.TryGetProperty("errors", out var errors), $"Subscription event with errors: {errors}");
                return payload.GetProperty("data");
            default:
                throw new Xunit.Sdk.XunitException($"Unexpected subscription message: {message}");
        }
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        var message = await socket.ReceiveSkippingKeepAliveAsync();
        Assert.Equal(OperationId, message.Id());
        return message;
    }
}
