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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.Start(cancellationToken);
        await recovery.RecoverAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // Runs are interrupted (their process trees stopped) and awaited, so no step outlives the server.
        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
