using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Changes a run only while it is in the expected state, with the check and the change in one transaction
/// that holds the run's row: a cancel that commits first makes the runner's change a no-op instead of being
/// overwritten. SQLite transactions hold the single write lock from their start; PostgreSQL locks the row.
/// </summary>
internal static class RunTransition
{
    // Compiled once, as every transition of every run asks it: saves EF Core's per-call look-up of the translated query.
    private static readonly Func<FlowservDbContext, string, CancellationToken, Task<Run?>> LoadWithSteps =
        EF.CompileAsyncQuery((FlowservDbContext db, string runId, CancellationToken _) =>
            db.Runs.Include(r => r.Steps).SingleOrDefault(r => r.Id == runId));

    /// <summary>False when the run is gone or in none of the <paramref name="expected"/> states; nothing is changed then.</summary>
    public static Task<bool> TryApplyAsync(
        IDbContextFactory<FlowservDbContext> contexts,
        string runId,
        IReadOnlyCollection<RunState> expected,
        Action<FlowservDbContext, Run> change,
        CancellationToken cancellationToken) =>
        TryApplyAsync(contexts, runId, expected, [change], cancellationToken);

    /// <summary>
    /// Saves <paramref name="changes"/> one after the other in one transaction: each save records its own events
    /// (as if it were a transition of its own), but a run pays for one transaction and one commit instead of one each.
    /// </summary>
    public static async Task<bool> TryApplyAsync(
        IDbContextFactory<FlowservDbContext> contexts,
        string runId,
        IReadOnlyCollection<RunState> expected,
        IReadOnlyList<Action<FlowservDbContext, Run>> changes,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM workflow_run WHERE id = {runId} FOR UPDATE", cancellationToken);
        }
        var run = await LoadWithSteps(db, runId, cancellationToken);
        if (run is null || !expected.Contains(run.State))
        {
            return false;
        }
        foreach (var change in changes)
        {
            change(db, run);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends a run that is in one of the <paramref name="expected"/> states in ERROR with <paramref name="messages"/>.</summary>
    public static Task<bool> FailAsync(
        IDbContextFactory<FlowservDbContext> contexts,
        string runId,
        IReadOnlyCollection<RunState> expected,
        IReadOnlyList<string> messages,
        DateTime now) =>
        TryApplyAsync(contexts, runId, expected, Failure(messages, now), CancellationToken.None);

    /// <summary>The change that ends a run in ERROR with <paramref name="messages"/>.</summary>
    public static Action<FlowservDbContext, Run> Failure(IReadOnlyList<string> messages, DateTime now)
    {
        var texts = messages.Where(text => !string.IsNullOrWhiteSpace(text)).DefaultIfEmpty("the run failed").ToList();
        return (db, run) =>
        {
            run.State = RunState.Error;
            run.StartedAt ??= now;
            run.EndedAt = now;
            db.RunMessages.AddRange(texts.Select((text, position) => new RunMessage { RunId = run.Id, Position = position, Text = text }));
        };
    }
}
