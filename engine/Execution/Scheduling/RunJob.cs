using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// The Quartz job of one run; its key's name is the run id (see <see cref="RunJobs"/>). A firing that recovers
/// the job of a dead node, or that a stopping node handed over, first takes the interrupted run over.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RunJob(RunExecutor executor, RunRecovery recovery) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var runId = context.JobDetail.Key.Name;
        if (context.Recovering || context.MergedJobDataMap.ContainsKey(RunJobs.TakeOverKey))
        {
            await recovery.RestartOrFailAsync(runId, cancellationToken);
        }
        await executor.ExecuteAsync(runId, cancellationToken);
    }
}
