using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>Submits runs to Quartz: one job per run, keyed by the run id, fired once as soon as a thread is free.</summary>
public sealed class RunJobs(ISchedulerFactory schedulers, TimeProvider clock)
{
    private const string Group = "runs";

    public static JobKey KeyOf(string runId) => new(runId, Group);

    /// <summary>Submits the run's job unless it already has one, so submitting twice (e.g. by recovery) is harmless.</summary>
    public async Task SubmitAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (await scheduler.Exists(KeyOf(runId), cancellationToken))
        {
            return;
        }
        var job = JobBuilder.Create<RunJob>().WithIdentity(KeyOf(runId)).Build();
        var trigger = TriggerBuilder.Create(clock).WithIdentity(runId, Group).ForJob(job).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Submitted concurrently by someone else: the run has its job, which is all that matters.
        }
    }

    /// <summary>Removes the run's job if it has not fired yet.</summary>
    public async Task RemoveAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(KeyOf(runId), cancellationToken);
    }
}
