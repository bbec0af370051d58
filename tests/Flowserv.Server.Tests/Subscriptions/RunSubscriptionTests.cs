using Flowserv.Tests.Support.WebSockets;

namespace Flowserv.Server.Tests.Subscriptions;

/// <summary>runUpdated over graphql-transport-ws against a running server.</summary>
public sealed class RunSubscriptionTests(ScriptServer server) : IClassFixture<ScriptServer>
{
    private const string RunUpdated = "subscription ($runId: ID!) { runUpdated(runId: $runId) { sequence kind run { id state } } }";

    private static readonly string[] StateOrder = ["PENDING", "RUNNING", "SUCCESS"];

    [Fact]
    public async Task FollowsARunFromItsCurrentStateToSuccessAndCompletes()
    {
        var runId = await server.StartRunAsync("sleep 1; mkdir -p results && echo '{\"score\": 2}' > results/result.json");
        await using var updates = await server.SubscribeAsync(server.OwnerToken, RunUpdated, new { runId });

        var events = (await updates.ReadToCompletionAsync()).Select(data => data.GetProperty("runUpdated")).ToList();

        var states = events.Select(e => e.GetProperty("run").GetProperty("state").GetString()).ToList();
        Assert.Contains(states[0], new[] { "PENDING", "RUNNING" });
        Assert.Equal("SUCCESS", states[^1]);
        Assert.Equal(states.OrderBy(state => Array.IndexOf(StateOrder, state)), states);
        Assert.All(events, e => Assert.Equal(runId, e.GetProperty("run").GetProperty("id").GetString()));
        var sequences = events.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order().Distinct(), sequences);
    }

    [Fact]
    public async Task AnOutsiderIsRefusedWithAnErrorAndNoEvents()
    {
        var runId = await server.StartRunAsync("mkdir -p results && echo '{\"score\": 3}' > results/result.json");
        await using var refused = await server.SubscribeAsync(server.OutsiderToken, RunUpdated, new { runId });

        var outcome = await refused.ReadOutcomeAsync();

        var error = Assert.Single(outcome);
        Assert.Equal("error", error.Type());
        Assert.Equal(["UNAUTHORIZED"], error.Payload().EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
    }
}
