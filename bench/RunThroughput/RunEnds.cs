using System.Collections.Concurrent;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;

namespace Flowserv.Bench.RunThroughput;

/// <summary>
/// Follows a group's event stream, as a <c>groupRunsChanged</c> subscriber would, and notes when each run's
/// final state is announced. One subscription for all runs, so following does not add to a run's time.
/// </summary>
internal sealed class RunEnds : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(RunState State, long Timestamp)>> ends = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task follower;

    public RunEnds(IRunEventBus bus, string groupId)
    {
        follower = FollowAsync(bus, groupId);
    }

    /// <summary>The final state and the <see cref="System.Diagnostics.Stopwatch"/> timestamp at which it was announced.</summary>
    public Task<(RunState State, long Timestamp)> Of(string runId) => Completion(runId).Task;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await follower;
        }
        catch (OperationCanceledException)
        {
            // Stopped following.
        }
        stop.Dispose();
    }

    private async Task FollowAsync(IRunEventBus bus, string groupId)
    {
        await foreach (var runEvent in bus.SubscribeAsync(RunEventStreams.Group(groupId), 0, stop.Token))
        {
            if (!runEvent.State.IsActive())
            {
                Completion(runEvent.RunId).TrySetResult((runEvent.State, System.Diagnostics.Stopwatch.GetTimestamp()));
            }
        }
    }

    private TaskCompletionSource<(RunState, long)> Completion(string runId) =>
        ends.GetOrAdd(runId, _ => new TaskCompletionSource<(RunState, long)>(TaskCreationOptions.RunContinuationsAsynchronously));
}
