using Flowserv.Engine.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The event bus of a single node: live delivery reaches subscribers of this process only, replay reads the
/// database. Several nodes need a bus that also hears the other nodes' commits (<see cref="PostgresRunEventBus"/>).
/// </summary>
public sealed class InProcessRunEventBus(IServiceScopeFactory scopes) : IRunEventBus
{
    private readonly RunEventFollowers followers = new(scopes);

    // There are no other nodes.
    public bool ReachesOtherNodes => false;

    public Task AnnounceToOtherNodesAsync(FlowservDbContext db, IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public void Publish(IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines) => followers.Publish(events, logLines);

    public IAsyncEnumerable<RunEvent> SubscribeAsync(string streamId, long afterSequence, CancellationToken cancellationToken) =>
        followers.Events.FollowAsync(streamId, afterSequence, cancellationToken);

    public IAsyncEnumerable<RunLogLine> SubscribeLogAsync(string runId, long afterSequence, CancellationToken cancellationToken) =>
        followers.Logs.FollowAsync(runId, afterSequence, cancellationToken);
}
