using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Execution.Workers;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Runs one step of a run: its commands in order on its worker until one fails (flowServ's SubprocessWorker),
/// with its output logged. The caller stores the step's start (see <see cref="Start"/>); a successful end is
/// deferred to the run's next transition, any other end is stored here before the failure is reported.
/// </summary>
internal sealed class StepRunner(
    IDbContextFactory<FlowservDbContext> contexts,
    ProcessRunner processes,
    RunExecutionOptions options,
    TimeProvider clock)
{
    private static readonly RunState[] Running = [RunState.Running];

    /// <summary>Only steps with an environment and commands run here; any other step fails the run before it starts.</summary>
    public static bool CanRun(WorkflowStep step) => step.Action is ContainerAction;

    /// <summary>The change that stores the start of <paramref name="step"/>; throws if it cannot run here.</summary>
    public static Action<FlowservDbContext, Run> Start(WorkflowStep step, int position, DateTime at)
    {
        _ = ActionOf(step);
        return (_, run) =>
        {
            var stored = StepAt(run, position);
            (stored.State, stored.StartedAt) = (StepState.Running, at);
        };
    }

    /// <summary>
    /// Returns the sequence number of the step's last log line, with the step's successful end added to
    /// <paramref name="deferred"/>. A failing command throws <see cref="RunFailedException"/> with the step's output;
    /// a cancel throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<long> RunAsync(
        string runId,
        int position,
        WorkflowStep step,
        RunFolder folder,
        StepProcessFile processFile,
        long lastLogSequence,
        DeferredRunChanges deferred,
        CancellationToken cancellationToken)
    {
        var action = ActionOf(step);
        var worker = options.Workers.For(step.Name);
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
        var end = End(position, state, failed?.ExitCode ?? 0);
        if (failed is null && !cancellationToken.IsCancellationRequested)
        {
            deferred.Add(end);
            return log.LastSequence;
        }
        await deferred.ApplyWithAsync(contexts, runId, Running, [end], CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        throw new RunFailedException(FailureMessages(step, failed!, log));
    }

    private static ContainerAction ActionOf(WorkflowStep step) =>
        step.Action as ContainerAction
            ?? throw new RunFailedException($"step '{step.Name}' cannot run here: only steps with an environment and commands can");

    // flowServ reports a failed run by the step's output: stdout first, then stderr.
    private List<string> FailureMessages(WorkflowStep step, ProcessResult result, StepLog log)
    {
        var summary = result.TimedOut
            ? $"step '{step.Name}' timed out after {options.StepTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
            : $"step '{step.Name}' failed with exit code {result.ExitCode}";
        return [.. new[] { log.StandardOutput, log.StandardError, summary }.Where(text => text.Length > 0)];
    }

    private Action<FlowservDbContext, Run> End(int position, StepState state, int exitCode)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (_, run) =>
        {
            var stored = StepAt(run, position);
            (stored.State, stored.EndedAt, stored.ExitCode) = (state, now, exitCode);
        };
    }

    private static RunStep StepAt(Run run, int position) => run.Steps.Single(s => s.Position == position);
}
