using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Runs;

/// <summary>
/// A run's log until the run ends. The log and the run's state are separate streams, so the end of the run is
/// taken from its event stream, and then the log is delivered up to the last line stored at that moment: a
/// step's lines are stored before the run's final state, so every line of a finished run arrives before the
/// feed completes. (A cancel ends the run while the killed step may still store its last lines; those are
/// left to a replay with <c>afterSequence</c>.)
/// </summary>
internal sealed class RunLogFeed(IResolverContext context, Caller caller, string runId)
{
    public async IAsyncEnumerable<LogLineObject> FollowAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var bus = RunEventFeed.Bus(context);
        var end = LastLineWhenEndedAsync(bus, stop.Token);
        var lines = bus.SubscribeLogAsync(runId, afterSequence, stop.Token).GetAsyncEnumerator(stop.Token);
        Task<bool>? next = null;
        try
        {
            var delivered = afterSequence;
            long? lastLine = null;
            while (lastLine is null || delivered < lastLine)
            {
                next ??= lines.MoveNextAsync().AsTask();
                if (lastLine is null && await Task.WhenAny(next, end) == end)
                {
                    lastLine = await end;
                    continue;
                }
                if (!await next)
                {
                    yield break;
                }
                next = null;
                delivered = lines.Current.Sequence;
                yield return new LogLineObject(lines.Current);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await ObserveCancellationAsync(next);
            await ObserveCancellationAsync(end);
            await lines.DisposeAsync();
        }
    }

    private async Task<long> LastLineWhenEndedAsync(IRunEventBus bus, CancellationToken cancellationToken)
    {
        await bus.SubscribeAsync(RunEventStreams.Run(runId), 0, cancellationToken).FirstAsync(e => !e.State.IsActive(), cancellationToken);
        return await context.CallAsync<RunFeedService, long>(feeds => feeds.GetLastLogSequenceAsync(caller, runId, cancellationToken));
    }

    // A pending MoveNextAsync must finish before its enumerator is disposed.
    private static async Task ObserveCancellationAsync(Task? task)
    {
        if (task is null)
        {
            return;
        }
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // Expected: the feed stopped it.
        }
    }
}
