namespace Flowserv.Engine.Data;

/// <summary>
/// A persisted run event for replay. Each event belongs to a stream (e.g. <c>run:{id}</c>,
/// <c>group:{id}</c>) whose sequence numbers only grow. No foreign key: DELETED events outlive their run.
/// </summary>
public sealed class RunEvent
{
    public required string StreamId { get; init; }

    public long Sequence { get; init; }

    public RunEventKind Kind { get; init; }

    public required string RunId { get; init; }

    public RunState State { get; init; }

    public DateTime Timestamp { get; init; }
}
