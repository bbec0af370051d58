using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Hands runs to Quartz. The PENDING run row is the outbox: the job is submitted right after the transaction
/// that inserted the run commits (Quartz writes through its own connection, which on SQLite could not even
/// write while that transaction holds the lock), and start-up recovery submits any PENDING run whose
/// submission was lost to a crash in between. So a run is committed with its job or not at all, eventually.
/// </summary>
public sealed class QuartzRunScheduler(FlowservDbContext db, RunEventRecorder recorder, RunJobs jobs, RunningRuns running) : IRunScheduler
{
    public Task ScheduleAsync(string runId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            return jobs.SubmitAsync(runId, cancellationToken);
        }
        recorder.AfterCommit(db, () => jobs.SubmitAsync(runId, CancellationToken.None));
        return Task.CompletedTask;
    }

    /// <summary>A job that has not fired is removed; a run executing on this node is stopped before this returns.</summary>
    public async Task CancelAsync(string runId, CancellationToken cancellationToken)
    {
        await jobs.RemoveAsync(runId, cancellationToken);
        await running.CancelAsync(runId);
    }
}
