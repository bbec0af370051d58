using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Reads;

/// <summary>
/// The Hello World benchmark with two users, each owning a group, and runs stored directly in the database
/// (the tests read; how runs come to be is the engine's business).
/// </summary>
internal sealed class ReadScenario
{
    private ReadScenario(SchemaFixture fixture, Workflow workflow, Caller alice, Caller bob, WorkflowGroup aliceGroup, WorkflowGroup bobGroup)
    {
        Fixture = fixture;
        Workflow = workflow;
        Alice = alice;
        Bob = bob;
        AliceGroup = aliceGroup;
        BobGroup = bobGroup;
    }

    public SchemaFixture Fixture { get; }

    public Workflow Workflow { get; }

    public Caller Alice { get; }

    public Caller Bob { get; }

    public WorkflowGroup AliceGroup { get; }

    public WorkflowGroup BobGroup { get; }

    public static async Task<ReadScenario> CreateAsync(SchemaFixture fixture)
    {
        var workflow = (await fixture.Engine.Workflows.ListAsync()).Single();
        var alice = await fixture.Engine.SignInAsync("alice");
        var bob = await fixture.Engine.SignInAsync("bob");
        var aliceGroup = await fixture.Engine.Groups.CreateAsync(alice, workflow.Id, "Team Alice");
        var bobGroup = await fixture.Engine.Groups.CreateAsync(bob, workflow.Id, "Team Bob");
        return new ReadScenario(fixture, workflow, alice, bob, aliceGroup, bobGroup);
    }

    /// <summary>Stores <paramref name="count"/> successful runs of the group, a minute apart, each with one retained file.</summary>
    public async Task<IReadOnlyList<Run>> AddRunsAsync(WorkflowGroup group, int count, RunState state = RunState.Success)
    {
        var db = Fixture.Engine.Db;
        var start = Fixture.Engine.Clock.GetUtcNow().UtcDateTime;
        var runs = Enumerable.Range(0, count).Select(i =>
        {
            var runId = Identifiers.NewId();
            return new Run
            {
                Id = runId,
                WorkflowId = group.WorkflowId,
                GroupId = group.Id,
                State = state,
                CreatedAt = start.AddMinutes(i),
                ArgumentsJson = $$"""[{"name":"greeting","value":"Hi {{i}}"}]""",
                WorkflowDigest = Workflow.Digest,
                Files = [new RunFile { Id = Identifiers.NewId(), RunId = runId, Key = "results/greetings.txt", MimeType = "text/plain", Size = i }],
            };
        }).ToList();
        db.Runs.AddRange(runs);
        await db.SaveChangesAsync();
        return runs;
    }

    public static string Id(string typeName, string id) => GlobalId.Serialize(typeName, id);
}
