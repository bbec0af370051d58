using System.Collections.Concurrent;

namespace Flowserv.Engine.Execution;

/// <summary>
/// The runs executing on this node, so that a cancel can stop one and wait until its processes are gone
/// before the run is stored as CANCELED.
/// </summary>
public sealed class RunningRuns
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
        try
        {
            await body(cancel.Token);
        }
        finally
        {
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

    private sealed record Execution(CancellationTokenSource Cancel)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
