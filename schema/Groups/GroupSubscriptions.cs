using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Runs;

namespace Flowserv.Schema.Groups;

/// <summary>Live run events of a group, for its members.</summary>
[ExtendObjectType("Subscription")]
public sealed class GroupSubscriptions
{
    [Subscribe]
    [GraphQLDescription("Run events of one group (members only).")]
    public async Task<IAsyncEnumerable<RunEventObject>> GroupRunsChangedAsync([ID("Group")] string groupId, long? afterSequence, IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        var latest = await context.CallAsync<RunFeedService, long>(feeds => feeds.FollowGroupAsync(caller, groupId, context.CancellationToken));
        // Without a sequence number to resume from, only what happens from now on.
        return RunEventFeed.FollowAsync(context, RunEventStreams.Group(groupId), afterSequence ?? latest);
    }
}
