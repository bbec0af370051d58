using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Runs;

namespace Flowserv.Schema.Leaderboards;

/// <summary>
/// Live leaderboards (public, like leaderboards). The ranking is recomputed whenever a workflow stream event
/// may have changed it (a run succeeded, a run was deleted) and emitted only when its ranked runs differ from
/// the last ranking: the one at subscription time, then the last one emitted.
/// </summary>
[ExtendObjectType("Subscription")]
public sealed class LeaderboardSubscriptions
{
    [Subscribe]
    [GraphQLDescription("The leaderboard whenever its ranking changes.")]
    public async Task<IAsyncEnumerable<LeaderboardEventObject>> LeaderboardChangedAsync([ID("Workflow")] string workflowId, IResolverContext context)
    {
        var latest = await context.CallAsync<RunFeedService, long>(feeds => feeds.FollowWorkflowAsync(workflowId, context.CancellationToken));
        var ranking = await context.CallAsync<LeaderboardService, Leaderboard?>(leaderboards =>
                leaderboards.GetAsync(workflowId, cancellationToken: context.CancellationToken))
            ?? throw EngineScope.ToGraphQLException(ConstraintViolationException.InvalidArgument($"workflow '{workflowId}' has no leaderboard"));
        var events = RunEventFeed.Bus(context).SubscribeAsync(RunEventStreams.Workflow(workflowId), latest, CancellationToken.None);
        return ChangesAsync(context, workflowId, ranking, events, CancellationToken.None);
    }

    private static async IAsyncEnumerable<LeaderboardEventObject> ChangesAsync(
        IResolverContext context,
        string workflowId,
        Leaderboard last,
        IAsyncEnumerable<RunEvent> events,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var runEvent in events.WithCancellation(cancellationToken))
        {
            if (!MayChangeRanking(runEvent))
            {
                continue;
            }
            // One read of the workflow serves both the ranking and the event.
            var workflow = await context.CallAsync<WorkflowService, Workflow>(workflows => workflows.GetAsync(workflowId, cancellationToken));
            var ranking = await context.CallAsync<LeaderboardService, Leaderboard?>(leaderboards => leaderboards.GetAsync(workflow, cancellationToken: cancellationToken));
            if (ranking is null || SameRanking(last, ranking))
            {
                continue;
            }
            last = ranking;
            yield return new LeaderboardEventObject(runEvent.Sequence, workflow, ranking);
        }
    }

    // Only successful runs with results are ranked, and a run's results never change afterwards.
    private static bool MayChangeRanking(RunEvent runEvent) =>
        runEvent.Kind == RunEventKind.Deleted || (runEvent.Kind == RunEventKind.StateChanged && runEvent.State == RunState.Success);

    private static bool SameRanking(Leaderboard before, Leaderboard after) =>
        before.Entries.Count == after.Entries.Count
        && before.Entries.Zip(after.Entries).All(pair => pair.First.RunId == pair.Second.RunId && pair.First.Values.SequenceEqual(pair.Second.Values));
}
