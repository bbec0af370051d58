using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

// A small flowServ-like API written code-first, organised by feature with type extensions.
public enum RunState
{
    Pending,
    InProgress,
    Succeeded,
    [GraphQLDeprecated("Use FAILED.")]
    Error,
    Failed,
    [GraphQLIgnore]
    Internal,
}

[GraphQLDescription("Anything with a global identifier.")]
public interface INode
{
    [ID]
    string Id { get; }
}

/// <summary>A marker interface: a union of the object types implementing it.</summary>
public interface ISearchResult;

[GraphQLDescription("A workflow template.")]
public sealed record Workflow([ID] string Id, string Name, [GraphQLDescription("Free text.")] string? Description, DateTimeOffset CreatedAt)
    : INode, ISearchResult
{
    public IReadOnlyList<string> Tags { get; init; } = [];

    public long SizeBytes { get; init; }
}

public sealed class Run : INode, ISearchResult
{
    [ID]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string WorkflowId { get; init; }

    public RunState State { get; init; }

    public Guid Token { get; init; }

    public DateOnly Day { get; init; }

    public JsonElement? Arguments { get; init; }

    [GraphQLDeprecated("Use state.")]
    public bool IsActive => State == RunState.InProgress;

    public int Progress(int scale = 100) => State == RunState.Succeeded ? scale : 0;
}

[OneOf]
public sealed class SearchBy
{
    public string? Name { get; init; }

    public RunState? State { get; init; }
}

public sealed record WorkflowFilterInput(string? NameContains, IReadOnlyList<string>? Tags = null)
{
    [DefaultValue(true)]
    public bool IncludeEmpty { get; set; } = true;
}

public sealed record CreateWorkflowInput(string Name, string? Description, IReadOnlyList<string>? Tags, int Priority = 1);

[GraphQLName("StartRun")]
public sealed record StartRunOptions([ID] string WorkflowId, JsonElement? Arguments, DateTime? NotBefore);

public sealed record Viewer(string Name);

/// <summary>What resolvers get from services.</summary>
public sealed class WorkflowStore
{
    public List<Workflow> Workflows { get; } =
    [
        new("wf-1", "Word count", "Counts words.", new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(1))) { Tags = ["text"], SizeBytes = 5_000_000_000 },
        new("wf-2", "Image resize", null, new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero)),
    ];

    public List<Run> Runs { get; } =
    [
        new() { Id = "run-1", WorkflowId = "wf-1", State = RunState.Succeeded, Token = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Day = new DateOnly(2026, 11, 3) },
        new() { Id = "run-2", WorkflowId = "wf-1", State = RunState.InProgress, Day = new DateOnly(2026, 11, 4) },
    ];

    public IEnumerable<Run> RunsOf(string workflowId) => Runs.Where(run => run.WorkflowId == workflowId);
}

[GraphQLDescription("Entry points for reading.")]
public sealed class Query
{
    public static string Version => "1.0";

    public string Hello(string name = "world") => $"Hello, {name}!";

    public Task<Workflow?> GetWorkflowAsync([ID] string id, [Service] WorkflowStore store) =>
        Task.FromResult(store.Workflows.Find(workflow => workflow.Id == id));

    [Cost(2)]
    public IEnumerable<Workflow> GetWorkflows(
        [Service] WorkflowStore store,
        [CostMultiplier][GraphQLDescription("How many to return.")] int first = 10,
        WorkflowFilterInput? filter = null) =>
        store.Workflows
            .Where(workflow => filter?.NameContains is null || workflow.Name.Contains(filter.NameContains, StringComparison.OrdinalIgnoreCase))
            .Where(workflow => filter?.Tags is null || filter.Tags.All(workflow.Tags.Contains))
            .Where(workflow => filter is null || filter.IncludeEmpty || workflow.Tags.Count > 0)
            .Take(first);

    public async ValueTask<INode?> NodeAsync([ID] string id, [Service] WorkflowStore store)
    {
        await Task.Yield();
        return (INode?)store.Workflows.Find(workflow => workflow.Id == id) ?? store.Runs.Find(run => run.Id == id);
    }

    public IEnumerable<ISearchResult> Search(SearchBy by, [Service] WorkflowStore store) =>
        by.Name is { } name
            ? store.Workflows.Where(workflow => workflow.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            : store.Runs.Where(run => run.State == by.State);

    public RunState[] States(RunState[]? except = null) => Enum.GetValues<RunState>().Where(state => state != RunState.Internal && except?.Contains(state) != true).ToArray();

    public string Me(Viewer viewer) => viewer.Name;

    public string Echo(short small, double ratio, decimal price, Guid token, [ID] int number, DateTime at, long big, IResolverContext context) =>
        string.Create(CultureInfo.InvariantCulture, $"{context.Field.Name}:{small}:{ratio}:{price}:{token}:{number}:{at:O}:{big}");
}

public sealed class Mutation
{
    public Workflow CreateWorkflow(CreateWorkflowInput input, [Service] WorkflowStore store)
    {
        var workflow = new Workflow($"wf-{store.Workflows.Count + 1}", input.Name, input.Description, new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero))
        {
            Tags = input.Tags ?? [],
            SizeBytes = input.Priority,
        };
        store.Workflows.Add(workflow);
        return workflow;
    }
}

[ExtendObjectType(typeof(Workflow))]
public sealed class WorkflowRuns
{
    [GraphQLDescription("The runs of this workflow.")]
    public IEnumerable<Run> GetRuns([Parent] Workflow workflow, [Service] WorkflowStore store, RunState? state = null) =>
        store.RunsOf(workflow.Id).Where(run => state is null || run.State == state);
}

[ExtendObjectType("Mutation")]
public sealed class RunMutations
{
    public async Task<Run> StartRunAsync(StartRunOptions options, [Service] WorkflowStore store, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        var run = new Run
        {
            Id = $"run-{store.Runs.Count + 1}",
            WorkflowId = options.WorkflowId,
            State = options.NotBefore is null ? RunState.Pending : RunState.InProgress,
            Arguments = options.Arguments,
            Day = DateOnly.FromDateTime(options.NotBefore ?? new DateTime(2026, 11, 22)),
        };
        store.Runs.Add(run);
        return run;
    }
}

[ExtendObjectType(typeof(Query))]
public sealed class RunQueries(WorkflowStore store)
{
    [GraphQLDeprecated("Use node.")]
    public Run? Run([ID] string id) => store.Runs.Find(run => run.Id == id);
}

public sealed class Subscription
{
    public async IAsyncEnumerable<Run> OnRunChangedAsync([ID] string workflowId, [Service] WorkflowStore store, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var run in store.RunsOf(workflowId))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return run;
        }
    }

    public async IAsyncEnumerable<int> Ticks(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Subscribe(With = nameof(RunEvents))]
    public string RunStateChanged([Parent] Run run, bool upperCase = false) =>
        upperCase ? $"{run.Id}:{run.State}".ToUpperInvariant() : $"{run.Id}:{run.State}";

    public ValueTask<IAsyncEnumerable<Run>> RunEvents([Service] WorkflowStore store) => ValueTask.FromResult(store.Runs.ToAsyncEnumerable());
}

/// <summary>A calendar date (yyyy-MM-dd), bound to <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : ScalarType
{
    public DateScalar()
        : base("Date", "A calendar date.")
    {
    }

    public override object? Serialize(object value) => value is DateOnly date
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : throw new CoercionException($"Date cannot represent value: {value}");

    public override object? ParseValue(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CoercionException($"Date cannot represent value: {value}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ParseValue(literal is StringValueNode text ? text.Value : null);
}

/// <summary>The services a host would register; resolved by type.</summary>
public sealed class TestServices(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => Array.Find(services, serviceType.IsInstanceOfType);
}

public static class FlowservSchema
{
    public static SchemaBuilder Builder() => new SchemaBuilder()
        .SetDescription("The flowServ API.")
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddTypeExtension<WorkflowRuns>()
        .AddTypeExtension<RunMutations>()
        .AddTypeExtension<RunQueries>()
        .AddType<Run>()
        .BindRuntimeType<DateOnly, DateScalar>()
        .AddContextValue(context => (Viewer)context.RequestData["viewer"]!)
        .AddDirective(new DirectiveDefinition
        {
            Name = "cached",
            Description = "Caches the field's value.",
            Locations = [DirectiveLocation.FieldDefinition],
            Arguments = [new InputValueDefinition { Name = "seconds", Type = new NonNullType(BuiltInScalars.Int) }],
        });
}
