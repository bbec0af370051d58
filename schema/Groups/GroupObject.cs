using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Sorting;
using Flowserv.Schema.Runs;
using Flowserv.Schema.Users;
using Flowserv.Schema.Workflows;

namespace Flowserv.Schema.Groups;

/// <summary>
/// A team taking part in a workflow. Its metadata (name, workflow, owner, members) is public; its uploads and
/// runs are only for its members, others get UNAUTHORIZED.
/// </summary>
[Node]
[GraphQLName("Group")]
public sealed class GroupObject(WorkflowGroup entity)
{
    /// <summary>The group with its <see cref="WorkflowGroup.Members"/> loaded.</summary>
    [GraphQLIgnore]
    public WorkflowGroup Entity { get; } = entity;

    public string Id => Entity.Id;

    public string Name => Entity.Name;

    public async Task<WorkflowObject> GetWorkflowAsync(IResolverContext context) =>
        await WorkflowLoaders.LoadAsync(context, Entity.WorkflowId)
        ?? throw EngineScope.ToGraphQLException(UnknownObjectException.Workflow(Entity.WorkflowId));

    public async Task<UserObject> GetOwnerAsync(IResolverContext context) =>
        await UserLoaders.LoadAsync(context, Entity.OwnerId)
        ?? throw EngineScope.ToGraphQLException(UnknownObjectException.User(Entity.OwnerId));

    public async Task<IEnumerable<UserObject>> GetMembersAsync(IResolverContext context)
    {
        var members = await Task.WhenAll(Entity.Members.Select(member => UserLoaders.LoadAsync(context, member.UserId)));
        return members.OfType<UserObject>().OrderBy(member => member.Username, StringComparer.Ordinal);
    }

    public DateTime CreatedAt => Entity.CreatedAt;

    /// <summary>The parameters of the group's workflow, which its runs take.</summary>
    public async Task<IEnumerable<ParameterObject>> GetParametersAsync(IResolverContext context) =>
        (await GetWorkflowAsync(context)).Template(context).Parameters.Select(ParameterObject.From);

    public async Task<IEnumerable<UploadedFileObject>> GetFilesAsync(IResolverContext context) =>
        (await GroupLoaders.LoadUploadsAsync(context, Id)).Select(file => new UploadedFileObject(file));

    [UsePaging(MaxPageSize = 100)]
    [UseFiltering]
    [UseSorting]
    public Task<IQueryable<RunObject>> GetRunsAsync(IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        return context.QueryAsync<RunService, RunObject>(async runs =>
            (await runs.QueryGroupAsync(caller, Id, context.CancellationToken))
                .OrderByDescending(run => run.CreatedAt).ThenBy(run => run.Id).Select(RunObject.Projection));
    }

    [NodeResolver]
    public static Task<GroupObject?> GetAsync(string id, IResolverContext context) => GroupLoaders.LoadAsync(context, id);
}
