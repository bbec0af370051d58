using System.Net.WebSockets;
using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The state of one GraphQL socket, whichever the subprotocol: messages are handled one at a time (so a
/// <c>start</c> sent before the ack is handled after the <c>connection_init</c> ahead of it), the
/// authentication hook runs once, each operation runs concurrently under the per-connection limit, and
/// when the host stops every open operation is completed before the socket closes with 1001.
/// </summary>
internal sealed class GraphQLWebSocketSession(
    WebSocket socket,
    GraphQLWebSocketProtocol protocol,
    HttpContext httpContext,
    RequestExecutor executor,
    GraphQLWebSocketOptions options,
    ILogger logger)
{
    private readonly WebSocketConnection connection = new(socket, options.MaxMessageBytes);
    private readonly Lock gate = new();
    private readonly Dictionary<string, Operation> operations = new(StringComparer.Ordinal);
    private readonly HashSet<Operation> running = [];
    private IDictionary<string, object?> requestData = new Dictionary<string, object?>();
    private Task keepAlive = Task.CompletedTask;
    private bool initReceived;
    private volatile bool acknowledged;

    public GraphQLWebSocketOptions Options => options;

    public async Task RunAsync(CancellationToken applicationStopping)
    {
        using (connection)
        using (applicationStopping.Register(() => _ = ShutdownAsync()))
        {
            var initTimeout = CloseUnlessAcknowledgedAsync();
            await connection.ReceiveAsync(HandleFrameAsync);
            Task[] operationTasks;
            lock (gate)
            {
                operationTasks = [.. running.Select(operation => operation.Completion)];
            }

            await Task.WhenAll([initTimeout, keepAlive, .. operationTasks]);
        }
    }

    /// <summary>Handles <c>connection_init</c>: runs every interceptor with the payload, then acknowledges or closes with 4403.</summary>
    public async ValueTask InitializeAsync(WebSocketMessage message)
    {
        if (initReceived)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (!message.HasOptionalObjectPayload)
        {
            await protocol.InvalidMessageAsync(this, "The connection_init payload must be an object.");
            return;
        }

        initReceived = true;
        var payload = PlainValues.MapFromJson(message.Payload) ?? new Dictionary<string, object?>();
        var context = new GraphQLRequestContext(httpContext, payload);
        foreach (var interceptor in httpContext.RequestServices.GetServices<IGraphQLRequestInterceptor>())
        {
            if (!await interceptor.OnRequestAsync(context, connection.Closing))
            {
                await protocol.SendConnectionRefusedAsync(this);
                await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden");
                return;
            }
        }

        requestData = context.RequestData;
        acknowledged = true;
        await protocol.SendAcknowledgedAsync(this);
        if (protocol.KeepAliveInterval(options) is { } interval)
        {
            keepAlive = KeepAliveAsync(interval);
        }
    }

    /// <summary>Starts an operation: closes with 4401 before the ack; refuses it with an error beyond the per-connection limit.</summary>
    public async ValueTask SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (IsRunning(id) && !await protocol.DuplicateOperationAsync(this, id))
        {
            return;
        }

        Stop(id);
        Operation? operation = null;
        lock (gate)
        {
            if (operations.Count < options.MaxSubscriptionsPerConnection)
            {
                operation = new Operation(id, connection.Closing);
                operations.Add(id, operation);
                running.Add(operation);
            }
        }

        if (operation is null)
        {
            await protocol.SendOperationErrorAsync(new OperationOutbox(this, id, null), TooManySubscriptions());
            return;
        }

        operation.Completion = Task.Run(() => RunOperationAsync(operation, request));
    }

    /// <summary>Stops an operation at the client's request; unknown ids are ignored.</summary>
    public void Stop(string id)
    {
        lock (gate)
        {
            if (operations.Remove(id, out var operation))
            {
                Silence(operation);
            }
        }
    }

    /// <summary>Sends a message unless the socket is closing, or <paramref name="operation"/> was stopped.</summary>
    public ValueTask SendAsync(string type, string? id = null, Action<Utf8JsonWriter>? payload = null, Operation? operation = null) =>
        connection.SendAsync(type, id, payload, operation is null ? null : () => operation.Silenced);

    /// <summary>Closes the socket; every operation stops.</summary>
    public ValueTask CloseAsync(int code, string reason) => connection.CloseAsync(code, reason);

    private bool IsRunning(string id)
    {
        lock (gate)
        {
            return operations.ContainsKey(id);
        }
    }

    private async ValueTask HandleFrameAsync(ReadOnlyMemory<byte> frame)
    {
        try
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(frame);
            }
            catch (JsonException)
            {
                await protocol.InvalidMessageAsync(this, "Invalid message received: not JSON");
                return;
            }

            using (document)
            {
                if (WebSocketMessage.Read(document.RootElement) is { } message)
                {
                    await protocol.HandleMessageAsync(this, message);
                }
                else
                {
                    await protocol.InvalidMessageAsync(this, "Invalid message received: expected an object with a string \"type\"");
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A GraphQL WebSocket message failed.");
            await CloseAsync(protocol.InternalErrorCloseCode, "Internal server error");
        }
    }

    private async Task RunOperationAsync(Operation operation, GraphQLRequest request)
    {
        var outbox = new OperationOutbox(this, operation.Id, operation);
        var token = operation.Cancellation.Token;
        try
        {
            var subscription = await executor.SubscribeAsync(request, httpContext.RequestServices, new Dictionary<string, object?>(requestData), token);
            if (subscription.Stream is { } stream)
            {
                await foreach (var result in stream.WithCancellation(token))
                {
                    await protocol.SendResultAsync(outbox, result);
                }
            }
            else if (subscription.Result is { HasData: false, Errors: { Count: > 0 } errors })
            {
                if (Finish(operation))
                {
                    await protocol.SendRequestErrorsAsync(outbox, errors);
                }

                return;
            }
            else
            {
                await protocol.SendResultAsync(outbox, subscription.Result!);
            }

            if (Finish(operation))
            {
                await protocol.SendCompleteAsync(outbox);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by the client, by closing, or by shutdown (which sends the complete itself).
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "GraphQL operation {Id} on a WebSocket failed.", operation.Id);
            if (Finish(operation))
            {
                await protocol.SendOperationErrorAsync(outbox, new GraphQLError(
                    "The operation failed on the server.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError }));
            }
        }
        finally
        {
            lock (gate)
            {
                Finish(operation);
                running.Remove(operation);
                operation.Cancellation.Dispose();
            }
        }
    }

    /// <summary>
    /// Frees the operation's id before its last message goes out, so the client may reuse the id as soon
    /// as it sees that message; false when the client or shutdown already stopped it.
    /// </summary>
    private bool Finish(Operation operation)
    {
        lock (gate)
        {
            return operations.TryGetValue(operation.Id, out var current) && current == operation && operations.Remove(operation.Id);
        }
    }

    /// <summary>Cancels an operation; called under <see cref="gate"/>, before its cancellation source can be disposed.</summary>
    private static void Silence(Operation operation)
    {
        operation.Silenced = true;
        _ = operation.Cancellation.CancelAsync();
    }

    private async Task CloseUnlessAcknowledgedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, connection.Closing);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Closing))
            {
                await protocol.SendKeepAliveAsync(this);
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }

    /// <summary>The host is stopping: complete every open operation, then close with 1001.</summary>
    private async Task ShutdownAsync()
    {
        List<Operation> open;
        lock (gate)
        {
            open = [.. operations.Values];
            operations.Clear();
            open.ForEach(Silence);
        }

        foreach (var operation in open)
        {
            await protocol.SendCompleteAsync(new OperationOutbox(this, operation.Id, null));
        }

        await CloseAsync(WebSocketCloseCodes.GoingAway, "Server shutting down");
    }

    private GraphQLError TooManySubscriptions() => new(
        $"Too many subscriptions: this connection already runs {options.MaxSubscriptionsPerConnection} operations, the most allowed.",
        extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_SUBSCRIPTIONS" });
}
