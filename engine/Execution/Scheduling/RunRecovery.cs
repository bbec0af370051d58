using Flowserv.Engine.Data;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Start-up recovery. Every PENDING run gets its job, in case the submission after its commit was lost. On
/// SQLite the node owns all runs, so a RUNNING run was interrupted by the last shutdown or crash: it starts
/// again from scratch when its workflow is still the one it was submitted for (same digest), otherwise it
/// ends in ERROR. On PostgreSQL other nodes may be executing their runs, which only they can tell, so
/// RUNNING runs are left alone there.
/// </summary>
public sealed class RunRecovery(IDbContextFactory<FlowservDbContext> contexts, RunJobs jobs, FileStore store, TimeProvider clock)
{
    public const string InterruptedMessage = "interrupted by server restart";

    private static readonly RunState[] Running = [RunState.Running];

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await RecoverInterruptedAsync(db, cancellationToken);
        }
        var pending = await db.Runs.Where(r => r.State == RunState.Pending).OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var runId in pending)
        {
            await jobs.SubmitAsync(runId, cancellationToken);
        }
    }

    private async Task RecoverInterruptedAsync(FlowservDbContext db, CancellationToken cancellationToken)
    {
        var interrupted = await db.Runs.Where(r => r.State == RunState.Running)
            .Select(r => new { r.Id, Restartable = db.Workflows.Any(w => w.Id == r.WorkflowId && w.Digest == r.WorkflowDigest) })
            .ToListAsync(cancellationToken);
        foreach (var run in interrupted)
        {
            FileStore.DeleteDirectory(store.RunWorkDirectory(run.Id));
            if (run.Restartable)
            {
                await RunTransition.TryApplyAsync(contexts, run.Id, Running, Requeue, cancellationToken);
            }
            else
            {
                await RunTransition.FailAsync(contexts, run.Id, Running, [InterruptedMessage], clock.GetUtcNow().UtcDateTime);
            }
        }
    }

    // Back to the state of a run that never started; its log keeps growing, so readers never see numbers reused.
    private static void Requeue(FlowservDbContext db, Run run)
    {
        run.State = RunState.Pending;
        run.StartedAt = null;
        db.RunSteps.RemoveRange(run.Steps);
    }
}
