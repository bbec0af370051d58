using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The subscribers of one node and how they follow their streams: replay from the database, then what the
/// bus hands over live. Each bus decides only where live items come from.
/// </summary>
internal sealed class RunEventFollowers
{
    private const int PageSize = 500;

    // Scopes rather than a context factory: the contexts' interceptor depends on the bus that owns this.
    private readonly IServiceScopeFactory scopes;

    public RunEventFollowers(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        Events = new SequencedStream<RunEvent>(EventSubscribers, e => e.Sequence, ReadEventsAsync);
        Logs = new SequencedStream<RunLogLine>(LogSubscribers, l => l.Sequence, ReadLogAsync);
    }

    public StreamSubscribers<RunEvent> EventSubscribers { get; } = new();

    public StreamSubscribers<RunLogLine> LogSubscribers { get; } = new();

    /// <summary>Run event streams, keyed by stream id.</summary>
    public SequencedStream<RunEvent> Events { get; }

    /// <summary>Log streams, keyed by run id.</summary>
    public SequencedStream<RunLogLine> Logs { get; }

    public void Publish(IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines)
    {
        foreach (var runEvent in events.OrderBy(e => e.Sequence))
        {
            EventSubscribers.Publish(runEvent.StreamId, runEvent);
        }
        foreach (var line in logLines.OrderBy(l => l.Sequence))
        {
            LogSubscribers.Publish(line.RunId, line);
        }
    }

    /// <summary>Every follower reads what it may have missed from the database.</summary>
    public void RequestCatchUp()
    {
        EventSubscribers.RequestCatchUp();
        LogSubscribers.RequestCatchUp();
    }

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
