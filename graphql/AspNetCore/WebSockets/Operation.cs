namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>One running operation of a socket, stopped by cancelling it.</summary>
internal sealed class Operation(string id, CancellationToken connectionLifetime)
{
    public string Id { get; } = id;

    public CancellationTokenSource Cancellation { get; } = CancellationTokenSource.CreateLinkedTokenSource(connectionLifetime);

    /// <summary>Set when the client or the server stopped it: its further messages are dropped.</summary>
    public bool Silenced { get; set; }

    public Task Completion { get; set; } = Task.CompletedTask;
}
