using System.Data.Common;
using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Writes the <see cref="RunEvent"/> rows a save implies (see <see cref="RunChanges"/>) into that same save,
/// and publishes them, with the save's new <see cref="RunLogLine"/>s, once the transaction commits: an event
/// exists exactly when its change does, and is announced only after both are durable (to the other nodes of a
/// cluster in the same transaction: <see cref="IRunEventBus.AnnounceToOtherNodesAsync"/>). A save outside a
/// transaction gets one from here, because the sequence numbers must be read and used under one lock.
/// Other work that must follow a commit (handing a new run to the job scheduler) registers with
/// <see cref="AfterCommit"/>.
/// </summary>
public sealed class RunEventRecorder(IRunEventBus bus, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Unpublished> unpublished = [];

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction open on <paramref name="db"/> commits, after its events
    /// are published; nothing happens if it rolls back. A failing action is not the committer's failure: the
    /// change is durable, and whoever registered the action must be able to catch up later.
    /// </summary>
    public void AfterCommit(DbContext db, Func<Task> action)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("no transaction is open on this context");
        }
        unpublished.GetOrCreateValue(db).AfterCommit.Add(action);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not FlowservDbContext db)
        {
            return result;
        }
        db.ChangeTracker.DetectChanges();
        var changes = RunChanges.Collect(db.ChangeTracker);
        var lines = db.ChangeTracker.Entries<RunLogLine>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (changes.Count == 0 && lines.Count == 0)
        {
            return result;
        }
        var pending = unpublished.GetOrCreateValue(db);
        if (db.Database.CurrentTransaction is null)
        {
            pending.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        var events = await CreateEventsAsync(db, changes, cancellationToken);
        db.RunEvents.AddRange(events);
        pending.Save = new SaveBatch(events, lines);
        await bus.AnnounceToOtherNodesAsync(db, events, lines, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is FlowservDbContext db)
        {
            db.ChangeTracker.DetectChanges();
            if (RunChanges.Collect(db.ChangeTracker).Count > 0 || db.ChangeTracker.Entries<RunLogLine>().Any(e => e.State == EntityState.Added))
            {
                throw new InvalidOperationException("changes to runs must be saved with SaveChangesAsync, which records their events");
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && unpublished.TryGetValue(db, out var pending) && pending.Save is { } save)
        {
            pending.Committable.Add(save);
            pending.Save = null;
            if (pending.OwnTransaction is { } transaction)
            {
                pending.OwnTransaction = null;
                await using (transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && unpublished.TryGetValue(db, out var pending) && pending.Save is { } save)
        {
            // The rows were not stored; a retried save must allocate fresh numbers.
            foreach (var runEvent in save.Events)
            {
                db.Entry(runEvent).State = EntityState.Detached;
            }
            pending.Save = null;
            if (pending.OwnTransaction is { } transaction)
            {
                pending.OwnTransaction = null;
                await using (transaction)
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
            }
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        PublishCommitted(eventData.Context);
        _ = RunAfterCommitAsync(eventData.Context);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PublishCommitted(eventData.Context);
        await RunAfterCommitAsync(eventData.Context);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task RunAfterCommitAsync(DbContext? db)
    {
        if (db is null || !unpublished.TryGetValue(db, out var pending) || pending.AfterCommit.Count == 0)
        {
            return;
        }
        var actions = pending.AfterCommit.ToList();
        pending.AfterCommit.Clear();
        foreach (var action in actions)
        {
            try
            {
                await action();
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // See AfterCommit: the registrant recovers (e.g. start-up recovery submits PENDING runs without a job).
            }
        }
    }

    private void PublishCommitted(DbContext? db)
    {
        if (db is null || !unpublished.TryGetValue(db, out var pending) || pending.Committable.Count == 0)
        {
            return;
        }
        var saves = pending.Committable.ToList();
        pending.Committable.Clear();
        bus.Publish([.. saves.SelectMany(s => s.Events)], [.. saves.SelectMany(s => s.Lines)]);
    }

    private void Discard(DbContext? db)
    {
        if (db is not null && unpublished.TryGetValue(db, out var pending))
        {
            pending.Committable.Clear();
            pending.AfterCommit.Clear();
        }
    }

    private async Task<List<RunEvent>> CreateEventsAsync(
        FlowservDbContext db, IReadOnlyList<(string RunId, RunEventKind Kind)> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return [];
        }
        var runs = await RunHeader.LoadAsync(db, changes.Select(c => c.RunId), cancellationToken);
        // A change to a run that does not exist fails on its foreign key anyway; it gets no event.
        var targets = changes
            .Where(change => runs.ContainsKey(change.RunId))
            .SelectMany(change => RunEventStreams
                .For(change.Kind, change.RunId, runs[change.RunId].WorkflowId, runs[change.RunId].GroupId)
                .Select(stream => (Stream: stream, change.RunId, change.Kind)))
            .ToList();
        var last = await StreamSequences.LockAndReadLastAsync(db, targets.Select(t => t.Stream).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. targets.Select(target => new RunEvent
        {
            StreamId = target.Stream,
            Sequence = ++last[target.Stream],
            Kind = target.Kind,
            RunId = target.RunId,
            State = runs[target.RunId].State,
            Timestamp = now,
        })];
    }

    private sealed record SaveBatch(IReadOnlyList<RunEvent> Events, IReadOnlyList<RunLogLine> Lines);

    private sealed class Unpublished
    {
        public IDbContextTransaction? OwnTransaction { get; set; }

        /// <summary>The save in progress.</summary>
        public SaveBatch? Save { get; set; }

        /// <summary>Saved inside a transaction that has not committed yet.</summary>
        public List<SaveBatch> Committable { get; } = [];

        public List<Func<Task>> AfterCommit { get; } = [];
    }
}
