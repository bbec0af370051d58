using System.Collections.Concurrent;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;

namespace Flowserv.Engine.Execution;

/// <summary>
/// The runs executing on this node, so that a cancel can stop one and wait until its processes are gone
/// before the run is stored as CANCELED. A run canceled or deleted through another node is stopped here as
/// soon as that node's commit reaches this one through the run's event stream; a single node needs no such
/// watch (its own cancels come through <see cref="CancelAsync"/>), and spares each run the subscription.
/// </summary>
public sealed class RunningRuns(IRunEventBus events)
{
    private readonly ConcurrentDictionary<string, Execution> running = new(StringComparer.Ordinal);

    /// <summary>The runs executing here at this moment.</summary>
    public IReadOnlyCollection<string> Ids => [.. running.Keys];

    /// <summary>Runs <paramref name="body"/> for <paramref name="runId"/>; a second execution of the same run at the same time is refused.</summary>
    public async Task RunAsync(string runId, Func<CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var execution = new Execution(cancel);
        if (!running.TryAdd(runId, execution))
        {
            throw new InvalidOperationException($"run '{runId}' is already executing");
        }
        using var stopFollowing = new CancellationTokenSource();
        var follower = events.ReachesOtherNodes ? StopWhenEndedElsewhereAsync(runId, execution, stopFollowing.Token) : Task.CompletedTask;
        try
        {
            await body(cancel.Token);
        }
        catch (OperationCanceledException) when (execution.EndedElsewhere)
        {
            // Nothing is left to do for a run that another node canceled or deleted, whatever step it was stopped at.
        }
        finally
        {
            await stopFollowing.CancelAsync();
            await follower;
            running.TryRemove(runId, out _);
            execution.Done.TrySetResult();
        }
    }

    /// <summary>Stops the run if it executes here and returns once it has stopped; false when it does not execute here.</summary>
    public async Task<bool> CancelAsync(string runId)
    {
        if (!running.TryGetValue(runId, out var execution))
        {
            return false;
        }
        try
        {
            await execution.Cancel.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // It ended by itself in the meantime.
        }
        await execution.Done.Task;
        return true;
    }

    /// <summary>
    /// Follows the run's stream from its start, so that no event committed before the subscription is missed,
    /// and stops the execution on the first CANCELED or DELETED event: whoever committed it already stored the
    /// final state. A run only executes while PENDING or RUNNING, so its stream holds no such event before.
    /// </summary>
    private async Task StopWhenEndedElsewhereAsync(string runId, Execution execution, CancellationToken stop)
    {
        try
        {
            await foreach (var runEvent in events.SubscribeAsync(RunEventStreams.Run(runId), 0, stop))
            {
                if (runEvent.Kind == RunEventKind.Deleted || runEvent.State == RunState.Canceled)
                {
                    execution.EndedElsewhere = true;
                    await execution.Cancel.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The execution ended first.
        }
        catch (Exception)
        {
            // A lost subscription must not fail the run: the executor still sees the cancel at its next state check.
        }
    }

    private sealed record Execution(CancellationTokenSource Cancel)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool EndedElsewhere;
    }
}
