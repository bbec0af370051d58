using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// <c>graphql-transport-ws</c> (graphql-ws PROTOCOL.md): every protocol violation closes the socket with a
/// 44xx code, ping is answered at any time, and a request error ends an operation with <c>error</c> alone.
/// </summary>
internal sealed class GraphQLTransportWsProtocol : GraphQLWebSocketProtocol
{
    public static GraphQLTransportWsProtocol Instance { get; } = new();

    public override string Name => "graphql-transport-ws";

    public override int InternalErrorCloseCode => WebSocketCloseCodes.InternalServerError;

    public override TimeSpan? KeepAliveInterval(GraphQLWebSocketOptions options) => options.PingInterval;

    public override async ValueTask HandleMessageAsync(GraphQLWebSocketSession session, WebSocketMessage message)
    {
        switch (message.Type)
        {
            case "connection_init":
                await session.InitializeAsync(message);
                break;
            case "ping":
                await session.SendAsync("pong");
                break;
            case "pong":
                break;
            case "subscribe" when message.Id is { Length: > 0 } id && message.ReadRequest() is { } request:
                await session.SubscribeAsync(id, request);
                break;
            case "subscribe":
                await InvalidMessageAsync(session, "Invalid subscribe message: it needs a non-empty id and a payload with a query string");
                break;
            case "complete" when message.Id is { Length: > 0 } id:
                session.Stop(id);
                break;
            case "complete":
                await InvalidMessageAsync(session, "Invalid complete message: it needs a non-empty id");
                break;
            default:
                await InvalidMessageAsync(session, $"Invalid message type \"{message.Type}\"");
                break;
        }
    }

    public override ValueTask InvalidMessageAsync(GraphQLWebSocketSession session, string reason) =>
        session.CloseAsync(WebSocketCloseCodes.BadRequest, reason);

    public override async ValueTask<bool> DuplicateOperationAsync(GraphQLWebSocketSession session, string id)
    {
        await session.CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        return false;
    }

    public override ValueTask SendAcknowledgedAsync(GraphQLWebSocketSession session) => session.SendAsync("connection_ack");

    public override ValueTask SendKeepAliveAsync(GraphQLWebSocketSession session) => session.SendAsync("ping");

    public override ValueTask SendResultAsync(OperationOutbox outbox, ExecutionResult result) =>
        outbox.SendAsync("next", writer => ExecutionResultWriter.Write(writer, result));

    public override ValueTask SendRequestErrorsAsync(OperationOutbox outbox, IReadOnlyList<GraphQLError> errors) =>
        outbox.SendAsync("error", writer => ExecutionResultWriter.WriteErrors(writer, errors));
}
