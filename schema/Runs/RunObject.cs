using System.Linq.Expressions;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Groups;
using Flowserv.Schema.Leaderboards;
using Flowserv.Schema.Service;
using Flowserv.Schema.Workflows;

namespace Flowserv.Schema.Runs;

/// <summary>
/// A run of a group (or a post-processing run of a workflow). Its state, times, workflow and group are as public
/// as the run itself; its arguments, messages, files, results, steps and log are only for callers who may see the
/// run (<see cref="RunService"/>'s rules), others get UNAUTHORIZED.
/// </summary>
[Node]
[GraphQLName("Run")]
public sealed class RunObject
{
    // For Projection only, which sets every member.
    private RunObject()
    {
        Entity = null!;
        Id = null!;
        WorkflowId = null!;
    }

    /// <summary>
    /// Runs as objects in a form EF Core translates: <c>where</c> and <c>order</c> on run connections read these
    /// members, which this member initialization maps to columns.
    /// </summary>
    public static Expression<Func<Run, RunObject>> Projection { get; } = run => new RunObject
    {
        Entity = run,
        Id = run.Id,
        State = run.State,
        WorkflowId = run.WorkflowId,
        GroupId = run.GroupId,
        CreatedAt = run.CreatedAt,
        StartedAt = run.StartedAt,
        FinishedAt = run.EndedAt,
    };

    /// <summary>The run as an object, mapped as <see cref="Projection"/> maps it in queries.</summary>
    public static RunObject From(Run entity) => FromEntity(entity);

    // After Projection: static members initialize in the order they are written.
    private static readonly Func<Run, RunObject> FromEntity = Projection.Compile();

    [GraphQLIgnore]
    public Run Entity { get; private init; }

    public string Id { get; private init; }

    public RunState State { get; private init; }

    [GraphQLIgnore]
    [ID("Workflow")]
    public string WorkflowId { get; private init; }

    [GraphQLIgnore]
    [ID("Group")]
    public string? GroupId { get; private init; }

    public DateTime CreatedAt { get; private init; }

    public DateTime? StartedAt { get; private init; }

    public DateTime? FinishedAt { get; private init; }

    public async Task<WorkflowObject> GetWorkflowAsync(IResolverContext context) =>
        await WorkflowLoaders.LoadAsync(context, WorkflowId)
        ?? throw EngineScope.ToGraphQLException(UnknownObjectException.Workflow(WorkflowId));

    [GraphQLDescription("Null for post-processing runs.")]
    public async Task<GroupObject?> GetGroupAsync(IResolverContext context) =>
        GroupId is null ? null : await GroupLoaders.LoadAsync(context, GroupId);

    [GraphQLDescription("Arguments as submitted.")]
    public async Task<IEnumerable<ArgumentObject>> GetArgumentsAsync(IResolverContext context)
    {
        var run = await RunLoaders.LoadAsync(context, Id) ?? throw EngineScope.ToGraphQLException(new UnauthorizedException());
        return RunArgumentsJson.Deserialize(run.Entity.ArgumentsJson).Select(argument => new ArgumentObject(argument.Key, argument.Value));
    }

    [GraphQLDescription("Error or cancel messages.")]
    public async Task<IEnumerable<string>> GetMessagesAsync(IResolverContext context) =>
        (await RunLoaders.LoadMessagesAsync(context, Id)).Select(message => message.Text);

    [GraphQLDescription("Retained output files (SUCCESS only).")]
    public async Task<IEnumerable<RunFileObject>> GetFilesAsync(IResolverContext context)
    {
        var files = RunLoaders.LoadFilesAsync(context, Id);
        var declarations = RunDeclarations.LoadAsync(context, Entity);
        return (await files).Select((await declarations).Describe);
    }

    [GraphQLDescription("tar.gz of all retained files; null unless SUCCESS.")]
    public string? GetArchiveUrl(ServiceInfo service) => State == RunState.Success ? service.Link("runs", Id, "archive") : null;

    [GraphQLDescription("Parsed result values (benchmark runs).")]
    public async Task<IEnumerable<ResultValueObject>> GetResultsAsync(IResolverContext context)
    {
        var values = RunLoaders.LoadResultsAsync(context, Id);
        var declarations = RunDeclarations.LoadAsync(context, Entity);
        return (await declarations).InColumnOrder(await values)
            .Select(value => new ResultValueObject(value.ColumnId, value.IntValue ?? value.FloatValue ?? (object?)value.TextValue));
    }

    public async Task<IEnumerable<RunStepObject>> GetStepsAsync(IResolverContext context) =>
        (await RunLoaders.LoadStepsAsync(context, Id)).Select(step => new RunStepObject(step));

    [GraphQLDescription("Captured stdout/stderr lines, oldest first.")]
    [UsePaging(AllowBackwardPagination = false, DefaultPageSize = 100, MaxPageSize = 1000)]
    public Task<IQueryable<LogLineObject>> GetLogAsync(IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        return context.QueryAsync<RunService, LogLineObject>(async runs =>
            (await runs.QueryLogAsync(caller, Id, context.CancellationToken)).Select(line => new LogLineObject(line)));
    }

    [NodeResolver]
    public static Task<RunObject?> GetAsync(string id, IResolverContext context) => RunLoaders.LoadAsync(context, id);
}
