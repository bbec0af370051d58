using Flowserv.Engine.Data;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Recovery of interrupted runs. At start-up, before the node's scheduler fires anything: every PENDING run
/// gets its job, in case the submission after its commit was lost, and every RUNNING run without a job was
/// stopped by a shutdown that could not hand it over (see <see cref="RunSchedulerService"/>) and is restarted.
/// A RUNNING run that has its job is executing on a live node, or its node died and Quartz fires the job again
/// as recovering (on a live node of the cluster, or on this one once its scheduler starts), and
/// <see cref="RunJob"/> restarts it then. Restarting means from scratch when its workflow is still the one it
/// was submitted for (same digest), otherwise the run ends in ERROR. A step a killed server left running is
/// killed first (<see cref="StepProcessFile"/>).
/// </summary>
public sealed class RunRecovery(IDbContextFactory<FlowservDbContext> contexts, RunJobs jobs, FileStore store, TimeProvider clock)
{
    public const string InterruptedMessage = "interrupted by server restart";

    /// <summary>Ends the log of an attempt that a server restart interrupted; the run starts again from scratch.</summary>
    public const string RestartedLogLine = InterruptedMessage + "; the run starts again";

    private static readonly RunState[] Running = [RunState.Running];

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var running = await db.Runs.Where(r => r.State == RunState.Running).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var runId in running)
        {
            if (!await jobs.ExistsAsync(runId, cancellationToken))
            {
                await RestartOrFailAsync(runId, cancellationToken);
            }
        }
        var pending = await db.Runs.Where(r => r.State == RunState.Pending).OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var runId in pending)
        {
            await jobs.SubmitAsync(runId, cancellationToken);
        }
    }

    /// <summary>Puts a run whose execution was interrupted back to PENDING, or ends it in ERROR; nothing happens unless it is RUNNING.</summary>
    public async Task RestartOrFailAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var restartable = await db.Runs.Where(r => r.Id == runId && r.State == RunState.Running)
            .Select(r => (bool?)db.Workflows.Any(w => w.Id == r.WorkflowId && w.Digest == r.WorkflowDigest))
            .SingleOrDefaultAsync(cancellationToken);
        if (restartable is null)
        {
            return;
        }
        // A crashed server's step may still run: stopped first, so it cannot touch the folder or the next attempt.
        await StepProcessFile.Of(store, runId).StopOrphanAsync(clock);
        FileStore.DeleteDirectory(store.RunWorkDirectory(runId));
        if (restartable.Value)
        {
            await RunTransition.TryApplyAsync(contexts, runId, Running, Requeue, cancellationToken);
        }
        else
        {
            await RunTransition.FailAsync(contexts, runId, Running, [InterruptedMessage], clock.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>
    /// Back to the state of a run that never started. The interrupted attempt's log stays, closed by a line that
    /// says so; the next attempt's lines continue its numbering, so a reader following the log sees each attempt
    /// once, in order, and never a number reused.
    /// </summary>
    private void Requeue(FlowservDbContext db, Run run)
    {
        run.State = RunState.Pending;
        run.StartedAt = null;
        db.RunSteps.RemoveRange(run.Steps);
        var lastLine = db.RunLogLines.Where(l => l.RunId == run.Id).Max(l => (long?)l.Sequence) ?? 0;
        db.RunLogLines.Add(new RunLogLine
        {
            RunId = run.Id,
            Sequence = lastLine + 1,
            Stream = LogStream.Stderr,
            Text = RestartedLogLine,
            Timestamp = clock.GetUtcNow().UtcDateTime,
        });
    }
}
