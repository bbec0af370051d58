using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of Apollo's subscriptions-transport-ws, answered the way its
/// reference server answers: <c>ka</c> right after the ack and then periodically, malformed messages get
/// <c>connection_error</c> without closing, a <c>start</c> with a running id replaces that operation, and
/// request errors come as a <c>data</c> message with <c>errors</c> followed by <c>complete</c>.
/// </summary>
internal sealed class SubscriptionsTransportWsProtocol : GraphQLWebSocketProtocol
{
    public static SubscriptionsTransportWsProtocol Instance { get; } = new();

    public override string Name => "graphql-ws";

    public override int InternalErrorCloseCode => WebSocketCloseCodes.InternalError;

    public override TimeSpan? KeepAliveInterval(GraphQLWebSocketOptions options) => options.KeepAliveInterval;

    public override async ValueTask HandleMessageAsync(GraphQLWebSocketSession session, WebSocketMessage message)
    {
        switch (message.Type)
        {
            case "connection_init":
                await session.InitializeAsync(message);
                break;
            case "start" when message.Id is { Length: > 0 } id && message.ReadRequest() is { } request:
                await session.SubscribeAsync(id, request);
                break;
            case "start":
                await InvalidMessageAsync(session, "Invalid start message: it needs a non-empty id and a payload with a query string.");
                break;
            case "stop" when message.Id is { Length: > 0 } id:
                session.Stop(id);
                break;
            case "stop":
                await InvalidMessageAsync(session, "Invalid stop message: it needs a non-empty id.");
                break;
            case "connection_terminate":
                await session.CloseAsync(WebSocketCloseCodes.NormalClosure, "Connection terminated");
                break;
            default:
                await InvalidMessageAsync(session, $"Invalid message type \"{message.Type}\".");
                break;
        }
    }

    public override ValueTask InvalidMessageAsync(GraphQLWebSocketSession session, string reason) =>
        SendConnectionErrorAsync(session, reason);

    public override ValueTask<bool> DuplicateOperationAsync(GraphQLWebSocketSession session, string id) => ValueTask.FromResult(true);

    public override async ValueTask SendAcknowledgedAsync(GraphQLWebSocketSession session)
    {
        await session.SendAsync("connection_ack");
        if (KeepAliveInterval(session.Options) is not null)
        {
            await SendKeepAliveAsync(session);
        }
    }

    public override ValueTask SendConnectionRefusedAsync(GraphQLWebSocketSession session) =>
        SendConnectionErrorAsync(session, "Forbidden: the connection_init payload was refused.");

    public override ValueTask SendKeepAliveAsync(GraphQLWebSocketSession session) => session.SendAsync("ka");

    public override ValueTask SendResultAsync(OperationOutbox outbox, ExecutionResult result) =>
        outbox.SendAsync("data", writer => ExecutionResultWriter.Write(writer, result));

    public override async ValueTask SendRequestErrorsAsync(OperationOutbox outbox, IReadOnlyList<GraphQLError> errors)
    {
        await SendResultAsync(outbox, ExecutionResult.FromErrors(errors));
        await SendCompleteAsync(outbox);
    }

    private static ValueTask SendConnectionErrorAsync(GraphQLWebSocketSession session, string message) =>
        session.SendAsync("connection_error", payload: writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });
}
