using Quartz;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>The Quartz job of one run; its key's name is the run id (see <see cref="RunJobs"/>).</summary>
[DisallowConcurrentExecution]
public sealed class RunJob(RunExecutor executor) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(executor.ExecuteAsync(context.JobDetail.Key.Name, cancellationToken));
}
