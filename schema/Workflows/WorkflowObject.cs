using System.Linq.Expressions;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Groups;
using Flowserv.Schema.Leaderboards;
using Flowserv.Schema.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Workflows;

/// <summary>An installed workflow template; workflows are public.</summary>
[Node]
[GraphQLName("Workflow")]
public sealed class WorkflowObject
{
    // For Projection only, which sets every member.
    private WorkflowObject()
    {
        Entity = null!;
        Id = null!;
        Name = null!;
    }

    /// <summary>
    /// Workflows as objects in a form EF Core translates: <c>where</c> and <c>order</c> on the connection read
    /// <see cref="Name"/> and <see cref="CreatedAt"/>, which this member initialization maps to columns.
    /// </summary>
    public static Expression<Func<Workflow, WorkflowObject>> Projection { get; } = workflow => new WorkflowObject
    {
        Entity = workflow,
        Id = workflow.Id,
        Name = workflow.Name,
        CreatedAt = workflow.CreatedAt,
    };

    /// <summary>The workflow as an object, mapped as <see cref="Projection"/> maps it in queries.</summary>
    public static WorkflowObject From(Workflow entity) => FromEntity(entity);

    // After Projection: static members initialize in the order they are written.
    private static readonly Func<Workflow, WorkflowObject> FromEntity = Projection.Compile();

    [GraphQLIgnore]
    public Workflow Entity { get; private init; }

    public string Id { get; private init; }

    public string Name { get; private init; }

    public string? Description => Entity.Description;

    [GraphQLDescription("Markdown, with {{file}} includes resolved.")]
    public string? Instructions => Entity.Instructions;

    public DateTime CreatedAt { get; private init; }

    public IEnumerable<ParameterObject> GetParameters(IResolverContext context) =>
        Template(context).Parameters.Select(ParameterObject.From);

    public IReadOnlyList<ParameterGroup> GetParameterGroups(IResolverContext context) => Template(context).ParameterGroups;

    public IEnumerable<OutputFileSpecObject> GetOutputs(IResolverContext context) =>
        Template(context).Outputs.Select(output => new OutputFileSpecObject(output));

    [GraphQLDescription("Null when the workflow is not a benchmark (no `results` section).")]
    public ResultSchemaObject? GetResultSchema(IResolverContext context) =>
        Template(context).ResultSchema is { } schema ? new ResultSchemaObject(schema) : null;

    [GraphQLDescription("Groups of this workflow that the caller belongs to.")]
    [UsePaging(AllowBackwardPagination = false)]
    public Task<IQueryable<GroupObject>> GetGroupsAsync(IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        return context.QueryAsync<GroupService, GroupObject>(groups =>
            Task.FromResult(groups.QueryMemberships(caller, workflowId: Id).Select(group => new GroupObject(group))));
    }

    [GraphQLDescription("Null when the workflow has no result schema.")]
    public async Task<LeaderboardObject?> GetLeaderboardAsync(IResolverContext context, IReadOnlyList<SortColumnInput>? orderBy, bool? includeAll = false)
    {
        var order = orderBy?.Select(column => column.ToSortColumn()).ToList();
        var leaderboard = await context.CallAsync<LeaderboardService, Leaderboard?>(leaderboards =>
            leaderboards.GetAsync(Entity, order, includeAll ?? false, context.CancellationToken));
        return leaderboard is null ? null : new LeaderboardObject(leaderboard, Id);
    }

    [GraphQLDescription("The latest post-processing run, if any.")]
    public async Task<RunObject?> GetPostprocessingRunAsync(IResolverContext context) =>
        Entity.PostprocRunId is { } runId ? await RunLoaders.LoadAsync(context, runId) : null;

    [NodeResolver]
    public static Task<WorkflowObject?> GetAsync(string id, IResolverContext context) => WorkflowLoaders.LoadAsync(context, id);

    /// <summary>The parsed template, cached by digest for the whole server.</summary>
    internal WorkflowTemplate Template(IResolverContext context) =>
        context.Services.GetRequiredService<WorkflowTemplates>().Get(Entity);
}
