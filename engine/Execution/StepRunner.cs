using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Execution.Workers;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Runs one step of a run: its commands in order on its worker until one fails (flowServ's SubprocessWorker),
/// with the step record (state, start, end, exit code) stored before and after, and its output logged.
/// </summary>
internal sealed class StepRunner(
    IDbContextFactory<FlowservDbContext> contexts,
    ProcessRunner processes,
    RunExecutionOptions options,
    TimeProvider clock)
{
    private static readonly RunState[] Running = [RunState.Running];

    /// <summary>
    /// Returns the sequence number of the step's last log line. A failing command throws
    /// <see cref="RunFailedException"/> with the step's output; a cancel throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<long> RunAsync(
        string runId, int position, WorkflowStep step, RunFolder folder, StepProcessFile processFile, long lastLogSequence, CancellationToken cancellationToken)
    {
        var action = step.Action as ContainerAction
            ?? throw new RunFailedException($"step '{step.Name}' cannot run here: only steps with an environment and commands can");
        var worker = options.Workers.For(step.Name);
        await UpdateAsync(runId, position, s => (s.State, s.StartedAt) = (StepState.Running, Now()), cancellationToken);
        ProcessResult? failed = null;
        var log = new StepLog(contexts, runId, step.Name, lastLogSequence);
        await using (log)
        {
            foreach (var command in action.Commands)
            {
                var result = await processes.RunAsync(
                    WorkerCommands.Build(worker, action, command, folder.Path, options.StepTimeout), log.AppendAsync, processFile.Record, cancellationToken);
                if (result.Completion != ProcessCompletion.Exited || result.ExitCode != 0)
                {
                    failed = result;
                    break;
                }
            }
        }
        var state = failed is null ? StepState.Success : failed.Canceled ? StepState.Canceled : StepState.Error;
        await UpdateAsync(runId, position, s => (s.State, s.EndedAt, s.ExitCode) = (state, Now(), failed?.ExitCode ?? 0), CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        if (failed is not null)
        {
            throw new RunFailedException(FailureMessages(step, failed, log));
        }
        return log.LastSequence;
    }

    // flowServ reports a failed run by the step's output: stdout first, then stderr.
    private List<string> FailureMessages(WorkflowStep step, ProcessResult result, StepLog log)
    {
        var summary = result.TimedOut
            ? $"step '{step.Name}' timed out after {options.StepTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
            : $"step '{step.Name}' failed with exit code {result.ExitCode}";
        return [.. new[] { log.StandardOutput, log.StandardError, summary }.Where(text => text.Length > 0)];
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private Task<bool> UpdateAsync(string runId, int position, Action<RunStep> change, CancellationToken cancellationToken) =>
        RunTransition.TryApplyAsync(contexts, runId, Running, (_, run) => change(run.Steps.Single(s => s.Position == position)), cancellationToken);
}
