using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Groups;

[ExtendObjectType("Query")]
public sealed class GroupQueries
{
    /// <summary>
    /// A group of the caller's: unlike nested references to a group (from leaderboards, runs), asking for one by
    /// id is asking for the team's data, so non-members get null with an UNAUTHORIZED error.
    /// </summary>
    public async Task<GroupObject?> GetGroupAsync(IResolverContext context, [ID("Group")] string id)
    {
        var caller = RequestCaller.Get(context);
        var group = await context.CallAsync<GroupService, WorkflowGroup>(groups => groups.GetMemberGroupAsync(caller, id, context.CancellationToken));
        return new GroupObject(group);
    }
}
