using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The event bus of a single node: live delivery reaches subscribers of this process only, replay reads the
/// database. Several nodes need a bus that also hears the other nodes' commits.
/// </summary>
public sealed class InProcessRunEventBus : IRunEventBus
{
    private const int PageSize = 500;

    // Scopes rather than a context factory: the contexts' interceptor depends on this bus.
    private readonly IServiceScopeFactory scopes;
    private readonly StreamSubscribers<RunEvent> eventSubscribers = new();
    private readonly StreamSubscribers<RunLogLine> logSubscribers = new();
    private readonly SequencedStream<RunEvent> events;
    private readonly SequencedStream<RunLogLine> logs;

    public InProcessRunEventBus(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        events = new SequencedStream<RunEvent>(eventSubscribers, e => e.Sequence, ReadEventsAsync);
        logs = new SequencedStream<RunLogLine>(logSubscribers, l => l.Sequence, ReadLogAsync);
    }

    public void Publish(IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines)
    {
        foreach (var runEvent in events.OrderBy(e => e.Sequence))
        {
            eventSubscribers.Publish(runEvent.StreamId, runEvent);
        }
        foreach (var line in logLines.OrderBy(l => l.Sequence))
        {
            logSubscribers.Publish(line.RunId, line);
        }
    }

    public IAsyncEnumerable<RunEvent> SubscribeAsync(string streamId, long afterSequence, CancellationToken cancellationToken) =>
        events.FollowAsync(streamId, afterSequence, cancellationToken);

    public IAsyncEnumerable<RunLogLine> SubscribeLogAsync(string runId, long afterSequence, CancellationToken cancellationToken) =>
        logs.FollowAsync(runId, afterSequence, cancellationToken);

    private async Task<IReadOnlyList<RunEvent>> ReadEventsAsync(string streamId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowservDbContext>();
        return await db.RunEvents.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<RunLogLine>> ReadLogAsync(string runId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowservDbContext>();
        return await db.RunLogLines.AsNoTracking()
            .Where(l => l.RunId == runId && l.Sequence > afterSequence)
            .OrderBy(l => l.Sequence).Take(PageSize).ToListAsync(cancellationToken);
    }
}
