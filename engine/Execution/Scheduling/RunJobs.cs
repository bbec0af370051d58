using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Submits runs to Quartz: one job per run, keyed by the run id, fired once as soon as a thread is free. The
/// job requests recovery: when the node executing it dies, Quartz fires it again (on a live node of the
/// cluster, or on this one when it comes back), and <see cref="RunJob"/> takes the run over.
/// </summary>
public sealed class RunJobs(ISchedulerFactory schedulers, TimeProvider clock)
{
    /// <summary>Marks a firing that takes over a run whose execution was stopped (see <see cref="HandOverAsync"/>).</summary>
    public const string TakeOverKey = "takeOver";

    private const string Group = "runs";

    public static JobKey KeyOf(string runId) => new(runId, Group);

    /// <summary>Whether the run has a job (waiting, executing, or to be recovered from a dead node).</summary>
    public async Task<bool> ExistsAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.Exists(KeyOf(runId), cancellationToken);
    }

    /// <summary>
    /// Submits the run's job unless it already has one, so submitting twice (e.g. by recovery) is harmless. Quartz
    /// refuses an existing job inside the scheduling transaction, so no separate existence check (a transaction of
    /// its own) is needed.
    /// </summary>
    public async Task SubmitAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RunJob>().WithIdentity(KeyOf(runId)).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create(clock).WithIdentity(runId, Group).ForJob(job).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Submitted before or concurrently by someone else: the run has its job, which is all that matters.
        }
    }

    /// <summary>
    /// Gives the job of a run executing on this node a second firing for when that execution has stopped (the job
    /// does not run twice at once): this node is shutting down, and whichever node fires it next takes the run
    /// over. Nothing happens when the job is gone, i.e. the run ended meanwhile.
    /// </summary>
    public async Task HandOverAsync(IScheduler scheduler, string runId, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity($"{runId}-handover-{Guid.NewGuid():N}", Group)
            .ForJob(KeyOf(runId))
            .UsingJobData(TakeOverKey, true)
            .StartNow()
            .Build();
        try
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
        catch (JobPersistenceException)
        {
            // Only when the job is gone: the execution finished and took its job along, nothing left to hand over.
            if (await scheduler.Exists(KeyOf(runId), cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>Removes the run's job if it has not fired yet.</summary>
    public async Task RemoveAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(KeyOf(runId), cancellationToken);
    }
}
