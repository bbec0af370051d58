using Flowserv.Engine.Data;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Subscriptions;

public sealed class LeaderboardChangedTests
{
    private const string LeaderboardChanged =
        "subscription ($id: ID!) { leaderboardChanged(workflowId: $id) { sequence workflow { id } leaderboard { entries { rank run { id } } } } }";

    [Fact]
    public async Task EmitsWhenARunEntersOrLeavesTheRankingAndOnlyThen()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var workflowId = GlobalId.Serialize("Workflow", scripts.Workflow.Id);
        await using var changes = await LiveOperation.StartAsync(fixture, LeaderboardChanged, Caller.Anonymous, Ids.Variables(("id", workflowId)));

        var ranked = await ExecuteAsync(fixture, scripts, ScriptWorkflow.WritesScore);
        var entered = (await changes.NextAsync())!.Value.GetProperty("leaderboardChanged");
        await ExecuteAsync(fixture, scripts, "exit 1");
        await fixture.Engine.Runs.DeleteAsync(scripts.Member, ranked.Id);
        var left = (await changes.NextAsync())!.Value.GetProperty("leaderboardChanged");

        Assert.Equal(workflowId, entered.GetProperty("workflow").GetProperty("id").GetString());
        Assert.Equal(WorkflowEventSequence(fixture, ranked, RunEventKind.StateChanged, RunState.Success), entered.GetProperty("sequence").GetInt64());
        Assert.Equal(
            [(1, Ids.Run(ranked.Id))],
            entered.GetProperty("leaderboard").GetProperty("entries").EnumerateArray()
                .Select(entry => (entry.GetProperty("rank").GetInt32(), entry.GetProperty("run").GetProperty("id").GetString())));
        // The failed run changed nothing, so the next emission is the deletion's.
        Assert.Equal(WorkflowEventSequence(fixture, ranked, RunEventKind.Deleted, RunState.Success), left.GetProperty("sequence").GetInt64());
        Assert.Empty(left.GetProperty("leaderboard").GetProperty("entries").EnumerateArray());
    }

    private static async Task<Run> ExecuteAsync(SchemaFixture fixture, ScriptWorkflow scripts, string script)
    {
        var run = await scripts.StartAsync(script);
        await fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        return run;
    }

    private static long WorkflowEventSequence(SchemaFixture fixture, Run run, RunEventKind kind, RunState state) =>
        fixture.Engine.Db.RunEvents
            .Single(e => e.StreamId == "workflow:" + run.WorkflowId && e.RunId == run.Id && e.Kind == kind && e.State == state)
            .Sequence;
}
