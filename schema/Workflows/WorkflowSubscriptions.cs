using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Runs;

namespace Flowserv.Schema.Workflows;

/// <summary>Live run events of a workflow; each event reaches only callers who may see its run.</summary>
[ExtendObjectType("Subscription")]
public sealed class WorkflowSubscriptions
{
    [Subscribe]
    [GraphQLDescription("Run events of a workflow visible to the caller, for live dashboards.")]
    public async Task<IAsyncEnumerable<RunEventObject>> WorkflowRunsChangedAsync([ID("Workflow")] string workflowId, long? afterSequence, IResolverContext context)
    {
        var latest = await context.CallAsync<RunFeedService, long>(feeds => feeds.FollowWorkflowAsync(workflowId, context.CancellationToken));
        // Without a sequence number to resume from, only what happens from now on.
        return RunEventFeed.FollowAsync(context, RunEventStreams.Workflow(workflowId), afterSequence ?? latest);
    }
}
