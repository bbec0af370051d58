using Microsoft.Extensions.Hosting;
using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Starts the node's Quartz scheduler and then recovers interrupted and unsubmitted runs; at shutdown it
/// stops the runs executing here, which recovery restarts next time. The host must have initialized the
/// database (<see cref="EngineInitializer"/>) before hosted services start.
/// </summary>
public sealed class RunSchedulerService(ISchedulerFactory schedulers, RunRecovery recovery) : IHostedService
{
    // The scheduler this service started. Stopping uses it directly: a factory lookup at shutdown
    // would create a fresh scheduler (from a service provider that may already be disposed) if it was gone.
    private IScheduler? started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        started = await schedulers.GetScheduler(cancellationToken);
        await started.Start(cancellationToken);
        await recovery.RecoverAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (started is { } scheduler)
        {
            // Runs are interrupted (their process trees stopped) and awaited, so no step outlives the server.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
