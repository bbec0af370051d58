using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Sorting;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Relay;

public enum RunState
{
    Pending,
    Running,
    Success,
}

[Node]
public sealed class Workflow
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [UsePaging(AllowBackwardPagination = false)]
    public IEnumerable<Run> Runs => RelayModel.Runs.Where(run => run.WorkflowId == Id);

    [NodeResolver]
    public static Task<Workflow?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(RelayModel.Workflows.FirstOrDefault(workflow => workflow.Id == id));
}

[Node]
public sealed class Run
{
    public required string Id { get; init; }

    public required RunState State { get; init; }

    [ID(nameof(Workflow))]
    public required string WorkflowId { get; init; }

    public required string Name { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public int Size { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    [NodeResolver]
    public static Run? Get(string id, IResolverContext context) => RelayModel.Source(context).FirstOrDefault(run => run.Id == id);
}

public sealed class RelayQuery
{
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Run> GetRuns(IQueryable<Run> source) => source;

    [UsePaging(AllowBackwardPagination = false, DefaultPageSize = 2)]
    public IEnumerable<Workflow> GetWorkflows() => RelayModel.Workflows;

    public Run? GetRun([ID(nameof(Run))] string id, IQueryable<Run> source) => source.FirstOrDefault(run => run.Id == id);
}

/// <summary>Five runs of two workflows, served from <c>RequestData["runs"]</c> so a test can observe the queries.</summary>
internal static class RelayModel
{
    public static readonly Workflow[] Workflows =
    [
        new() { Id = "w1", Name = "Hello World" },
        new() { Id = "w2", Name = "Piggy" },
        new() { Id = "w3", Name = "Predictor" },
    ];

    public static readonly Run[] Runs =
    [
        new() { Id = "r1", State = RunState.Success, WorkflowId = "w1", Name = "alpha", CreatedAt = Day(1), FinishedAt = Day(2), Size = 10 },
        new() { Id = "r2", State = RunState.Running, WorkflowId = "w1", Name = "beta", CreatedAt = Day(3), Size = 20 },
        new() { Id = "r3", State = RunState.Pending, WorkflowId = "w2", Name = "alphabet", CreatedAt = Day(5), Size = 30 },
        new() { Id = "r4", State = RunState.Success, WorkflowId = "w2", Name = "gamma", CreatedAt = Day(7), FinishedAt = Day(8), Size = 20 },
        new() { Id = "r5", State = RunState.Running, WorkflowId = "w1", Name = "delta", CreatedAt = Day(9), Size = 50 },
    ];

    public static GraphQLSchema Schema(Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder()
            .AddQueryType<RelayQuery>()
            .AddGlobalObjectIdentification()
            .AddContextValue(Source);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static IQueryable<Run> Source(IResolverContext context) =>
        context.RequestData.TryGetValue("runs", out var runs) ? (IQueryable<Run>)runs! : Runs.AsQueryable();

    public static Dictionary<string, object?> With(IQueryable<Run> runs) => new() { ["runs"] = runs };

    public static string Id(string typeName, string id) => GlobalId.Serialize(typeName, id);

    private static DateTime Day(int day) => new(2026, 11, day, 12, 0, 0, DateTimeKind.Utc);
}
