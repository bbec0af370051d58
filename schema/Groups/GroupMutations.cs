using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Groups;

/// <summary>Creating, changing and deleting groups; changes are for members only.</summary>
[ExtendObjectType("Mutation")]
public sealed class GroupMutations
{
    public Task<GroupObject> CreateGroupAsync(
        [ID("Workflow")] string workflowId,
        string name,
        [ID("User")] IReadOnlyList<string>? members,
        string? identifier,
        IResolverContext context) =>
        CallAsync(context, groups => groups.CreateAsync(RequestCaller.Get(context), workflowId, name, members, identifier, context.CancellationToken));

    public Task<GroupObject> UpdateGroupAsync([ID("Group")] string groupId, string? name, [ID("User")] IReadOnlyList<string>? members, IResolverContext context) =>
        CallAsync(context, groups => groups.UpdateAsync(RequestCaller.Get(context), groupId, name, members, context.CancellationToken));

    public Task<DeleteGroupPayload> DeleteGroupAsync([ID("Group")] string groupId, IResolverContext context) =>
        context.CallAsync<GroupService, DeleteGroupPayload>(async groups =>
        {
            await groups.DeleteAsync(RequestCaller.Get(context), groupId, context.CancellationToken);
            return new DeleteGroupPayload(groupId);
        });

    private static Task<GroupObject> CallAsync(IResolverContext context, Func<GroupService, Task<WorkflowGroup>> call) =>
        context.CallAsync<GroupService, GroupObject>(async groups => new GroupObject(await call(groups)));
}
