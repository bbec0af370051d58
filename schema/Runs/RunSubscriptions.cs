using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Runs;

/// <summary>Following one run: its state changes and its log. Access is checked when the subscription starts.</summary>
[ExtendObjectType("Subscription")]
public sealed class RunSubscriptions
{
    [Subscribe]
    [GraphQLDescription("The run's current state first, then every change; completes after a terminal state.")]
    public async Task<IAsyncEnumerable<RunEventObject>> RunUpdatedAsync([ID("Run")] string runId, IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        var latest = await context.CallAsync<RunFeedService, RunEvent>(feeds => feeds.FollowRunAsync(caller, runId, context.CancellationToken));
        var events = RunEventFeed.Bus(context).SubscribeAsync(RunEventStreams.Run(runId), latest.Sequence, CancellationToken.None).Prepend(latest);
        return RunEventFeed.VisibleAsync(context, UntilEndAsync(events, CancellationToken.None), CancellationToken.None);
    }

    [Subscribe]
    [GraphQLDescription("Log lines of a run: replays lines after `afterSequence` (all when null), then live lines; completes when the run ends.")]
    public async Task<IAsyncEnumerable<LogLineObject>> RunLogAsync([ID("Run")] string runId, long? afterSequence, IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        await context.CallAsync<RunFeedService, RunEvent>(feeds => feeds.FollowRunAsync(caller, runId, context.CancellationToken));
        return new RunLogFeed(context, caller, runId).FollowAsync(afterSequence ?? 0, CancellationToken.None);
    }

    /// <summary>A DELETED event carries the state the run had when deleted, which is final too.</summary>
    private static async IAsyncEnumerable<RunEvent> UntilEndAsync(IAsyncEnumerable<RunEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var runEvent in events.WithCancellation(cancellationToken))
        {
            yield return runEvent;
            if (!runEvent.State.IsActive())
            {
                yield break;
            }
        }
    }
}
