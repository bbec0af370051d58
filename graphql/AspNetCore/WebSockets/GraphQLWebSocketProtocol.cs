using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// What differs between the two subprotocols: the message names, how malformed or duplicate messages
/// are answered, and how results and errors are framed. Everything else (the connection state, the
/// authentication hook, operations, limits, keep-alive, shutdown) is <see cref="GraphQLWebSocketSession"/>'s.
/// </summary>
internal abstract class GraphQLWebSocketProtocol
{
    /// <summary>The subprotocol name the client offers and the server echoes.</summary>
    public abstract string Name { get; }

    /// <summary>The close code for a server fault.</summary>
    public abstract int InternalErrorCloseCode { get; }

    /// <summary>The keep-alive period after the ack, or null for none.</summary>
    public abstract TimeSpan? KeepAliveInterval(GraphQLWebSocketOptions options);

    public abstract ValueTask HandleMessageAsync(GraphQLWebSocketSession session, WebSocketMessage message);

    /// <summary>Answers a frame that is not JSON or not a message of this protocol.</summary>
    public abstract ValueTask InvalidMessageAsync(GraphQLWebSocketSession session, string reason);

    /// <summary>Answers a start of an id that is still running; true to replace the running operation.</summary>
    public abstract ValueTask<bool> DuplicateOperationAsync(GraphQLWebSocketSession session, string id);

    public abstract ValueTask SendAcknowledgedAsync(GraphQLWebSocketSession session);

    /// <summary>Tells the client its <c>connection_init</c> was refused, before the socket closes with 4403.</summary>
    public virtual ValueTask SendConnectionRefusedAsync(GraphQLWebSocketSession session) => ValueTask.CompletedTask;

    public abstract ValueTask SendKeepAliveAsync(GraphQLWebSocketSession session);

    /// <summary>Sends one execution result of an operation.</summary>
    public abstract ValueTask SendResultAsync(OperationOutbox outbox, ExecutionResult result);

    /// <summary>Ends an operation whose request failed before execution (parse, validation, variables).</summary>
    public abstract ValueTask SendRequestErrorsAsync(OperationOutbox outbox, IReadOnlyList<GraphQLError> errors);

    /// <summary>Ends an operation the server refused or could not continue; both protocols send <c>error</c> with a list of errors.</summary>
    public ValueTask SendOperationErrorAsync(OperationOutbox outbox, GraphQLError error) =>
        outbox.SendAsync("error", writer => ExecutionResultWriter.WriteErrors(writer, [error]));

    public ValueTask SendCompleteAsync(OperationOutbox outbox) => outbox.SendAsync("complete");
}
