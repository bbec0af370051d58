using Microsoft.Extensions.Hosting;
using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Recovers interrupted and unsubmitted runs and then starts the node's Quartz scheduler; at shutdown it
/// hands the runs executing here over (another node, or this one when it is back, takes them over) and
/// stops them. The host must have initialized the database (<see cref="EngineInitializer"/>) before hosted
/// services start.
/// </summary>
public sealed class RunSchedulerService(ISchedulerFactory schedulers, RunRecovery recovery, RunJobs jobs, RunningRuns running) : IHostedService
{
    // The scheduler this service started. Stopping uses it directly: a factory lookup at shutdown
    // would create a fresh scheduler (from a service provider that may already be disposed) if it was gone.
    private IScheduler? started;

    private readonly Lock stopGate = new();

    private Task? stopping;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        started = await schedulers.GetScheduler(cancellationToken);
        // Before any job fires, so that recovery never restarts a run this node has already begun again.
        await recovery.RecoverAsync(cancellationToken);
        await started.Start(cancellationToken);
    }

    // A host may stop its services twice (the test host's disposal and the program's own run loop both do).
    // Both callers await the one shutdown: a second stop that returned at once would let its caller dispose
    // the service provider while the first is still shutting down (a clustered job store reads it then).
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (stopGate)
        {
            return stopping ??= ShutDownAsync(cancellationToken);
        }
    }

    private async Task ShutDownAsync(CancellationToken cancellationToken)
    {
        if (started is not { } scheduler)
        {
            return;
        }
        await scheduler.Standby(cancellationToken);
        foreach (var runId in running.Ids)
        {
            await jobs.HandOverAsync(scheduler, runId, cancellationToken);
        }
        // Runs are interrupted (their process trees stopped) and awaited, so no step outlives the server.
        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
