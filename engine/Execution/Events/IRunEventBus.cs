using Flowserv.Engine.Data;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Announces committed run events and log lines, and lets clients follow a stream from any point: a
/// subscription first replays what the database holds after the given sequence number, then continues live,
/// without gaps or duplicates. Events are only published after the transaction that stored them committed.
/// </summary>
public interface IRunEventBus
{
    /// <summary>Whether other nodes commit to the same streams, so that this node can only learn of their changes here.</summary>
    bool ReachesOtherNodes { get; }

    /// <summary>
    /// Called by <see cref="RunEventRecorder"/> inside the transaction that stores the rows, before it commits:
    /// a bus that serves several nodes tells the others there, so they hear of the rows exactly when they commit.
    /// </summary>
    Task AnnounceToOtherNodesAsync(FlowservDbContext db, IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines, CancellationToken cancellationToken);

    /// <summary>Called by <see cref="RunEventRecorder"/> once the rows are committed.</summary>
    void Publish(IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines);

    /// <summary>The events of <paramref name="streamId"/> (see <see cref="RunEventStreams"/>) after <paramref name="afterSequence"/>.</summary>
    IAsyncEnumerable<RunEvent> SubscribeAsync(string streamId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>The log lines of a run after <paramref name="afterSequence"/>.</summary>
    IAsyncEnumerable<RunLogLine> SubscribeLogAsync(string runId, long afterSequence, CancellationToken cancellationToken);
}
