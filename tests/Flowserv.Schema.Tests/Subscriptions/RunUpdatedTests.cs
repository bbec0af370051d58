using Flowserv.Engine.Execution;
using Flowserv.Engine.Tests.Execution;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Subscriptions;

public sealed class RunUpdatedTests
{
    private const string RunUpdated = "subscription ($id: ID!) { runUpdated(runId: $id) { sequence kind run { id state } } }";

    [Fact]
    public async Task StartsWithTheCurrentStateThenFollowsEveryChangeAndCompletesAfterSuccess()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        await using var updates = await LiveOperation.StartAsync(fixture, RunUpdated, scripts.Member, Ids.Variables(("id", Ids.Run(run.Id))));

        var first = RunEventData.Read(await updates.NextAsync(), "runUpdated");
        await fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        var changes = (await updates.ReadToCompletionAsync()).Select(data => RunEventData.Read(data, "runUpdated")).ToList();

        Assert.Equal((1L, "CREATED", Ids.Run(run.Id), "PENDING"), first);
        Assert.Equal(Enumerable.Range(2, changes.Count).Select(n => (long)n), changes.Select(change => change.Sequence));
        Assert.Equal(["RUNNING", "SUCCESS"], changes.Select(change => change.State).Distinct());
        Assert.Equal(("STATE_CHANGED", "SUCCESS"), (changes[^1].Kind, changes[^1].State));
    }

    [Fact]
    public async Task AFinishedRunGivesItsFinalStateWithTheLatestSequenceAndCompletes()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync("exit 3");
        await fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        var latest = fixture.Engine.Db.RunEvents.Where(e => e.StreamId == "run:" + run.Id).Max(e => e.Sequence);
        await using var updates = await LiveOperation.StartAsync(fixture, RunUpdated, scripts.Member, Ids.Variables(("id", Ids.Run(run.Id))));

        var events = (await updates.ReadToCompletionAsync()).Select(data => RunEventData.Read(data, "runUpdated")).ToList();

        Assert.Equal([(latest, "STATE_CHANGED", Ids.Run(run.Id), "ERROR")], events);
    }

    [Fact]
    public async Task UnknownRunsAndOutsidersAreRefusedWithTheirCode()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        var outsider = await fixture.Engine.SignInAsync("outsider");

        await using var unknown = await LiveOperation.StartAsync(fixture, RunUpdated, scripts.Member, Ids.Variables(("id", Ids.Run("no-such-run"))));
        await using var refused = await LiveOperation.StartAsync(fixture, RunUpdated, outsider, Ids.Variables(("id", Ids.Run(run.Id))));

        Assert.Equal(["UNKNOWN_RUN"], unknown.RefusalCodes());
        Assert.Equal(["UNAUTHORIZED"], refused.RefusalCodes());
    }
}
