using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Execution.Scheduling;
using Flowserv.Engine.Tests.Execution;
using Flowserv.Server.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Flowserv.Cluster.Tests;

/// <summary>
/// The scale-out topology of docker-compose.yml with local processes: two server nodes on one PostgreSQL
/// database and one data folder, used through their public API as clients would, with the database read to
/// check what was stored. Needs PostgreSQL (FLOWSERV_TEST_DATABASE): ./test.sh runs these in its PostgreSQL
/// pass and leaves them out of the SQLite one.
/// </summary>
[Trait("Category", "PostgreSQL")]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string SaysWhere = "echo node=$" + ServerProcess.NodeVariable;
    private const string GroupRunsChanged = "groupRunsChanged";

    [Fact]
    public async Task RunsStartedOnEitherNodeExecuteOnceEachSpreadOverBothNodesAndASubscriberOfOneSeesEveryEventInOrder()
    {
        await using var cluster = await Cluster.StartAsync();
        const int Runs = 50;
        await using var subscription = await LiveSubscription.StartAsync(
            cluster.B.Subscriptions, null, ApiRunEvent.GroupRunsChanged, new { groupId = cluster.GroupId, afterSequence = 0L });

        var ids = new List<string>();
        for (var i = 0; i < Runs; i++)
        {
            ids.Add(await cluster.StartRunAsync(i % 2 == 0 ? cluster.A : cluster.B, $"{SaysWhere} && sleep 0.2 && {ScriptTemplate.WritesScore}"));
        }
        var finals = 0;
        var received = (await subscription.ReadUntilAsync(data => ApiRunEvent.Of(data, GroupRunsChanged).IsFinal && ++finals == Runs))
            .Select(data => ApiRunEvent.Of(data, GroupRunsChanged)).ToList();

        var runIds = ids.Select(id => ApiRunEvent.RawRunId(id)).ToList();
        var db = cluster.Get<FlowservDbContext>();
        Assert.Equal(await StoredAsync(db, RunEventStreams.Group(cluster.Group.Id)), received);
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(e => e.Sequence));
        // Executed once: one RUNNING transition and one line saying where, per run.
        Assert.All(runIds, id => Assert.Equal(["PENDING", "RUNNING", "SUCCESS"], received.Where(e => e.RunId == id).Select(e => e.State)));
        var lines = await db.RunLogLines.AsNoTracking().Where(l => runIds.Contains(l.RunId)).ToListAsync();
        var nodeOf = lines.GroupBy(l => l.RunId).ToDictionary(g => g.Key, g => Assert.Single(g).Text);
        Assert.Equal(runIds.Order(), nodeOf.Keys.Order());
        Assert.Equal(["node=A", "node=B"], nodeOf.Values.Distinct().Order());
        output.WriteLine($"runs executed by A: {nodeOf.Values.Count(n => n == "node=A")}, by B: {nodeOf.Values.Count(n => n == "node=B")}");
    }

    [Fact]
    public async Task ARunWhoseNodeIsKilledIsTakenOverByTheOtherNodeAndSubscribersThatResumeThereMissNothing()
    {
        await using var cluster = await Cluster.StartAsync();
        var runId = await cluster.StartRunAsync(cluster.A, $"{SaysWhere} && sleep 5 && {ScriptTemplate.WritesScore}");
        var (victim, survivor) = await FirstLogLineAsync(cluster, runId) == "node=A" ? (cluster.A, cluster.B) : (cluster.B, cluster.A);
        await using var followed = await LiveSubscription.StartAsync(survivor.Subscriptions, null, ApiRunEvent.RunUpdated, new { runId });
        var onVictim = await LiveSubscription.StartAsync(
            victim.Subscriptions, null, ApiRunEvent.GroupRunsChanged, new { groupId = cluster.GroupId, afterSequence = 0L });
        var beforeKill = (await onVictim.ReadUntilAsync(data => ApiRunEvent.Of(data, GroupRunsChanged).State == "RUNNING"))
            .Select(data => ApiRunEvent.Of(data, GroupRunsChanged)).ToList();

        var killedAt = DateTime.UtcNow;
        await victim.KillAsync();
        await onVictim.DisposeAsync();
        // The client lost its node, so it reconnects to the other one and resumes after the last event it saw.
        await using var resumed = await LiveSubscription.StartAsync(
            survivor.Subscriptions, null, ApiRunEvent.GroupRunsChanged, new { groupId = cluster.GroupId, afterSequence = beforeKill[^1].Sequence });
        var afterKill = (await resumed.ReadUntilAsync(data => ApiRunEvent.Of(data, GroupRunsChanged).IsFinal))
            .Select(data => ApiRunEvent.Of(data, GroupRunsChanged)).ToList();
        var updates = (await followed.ReadToCompletionAsync()).Select(data => ApiRunEvent.Of(data, "runUpdated")).ToList();

        var rawId = ApiRunEvent.RawRunId(runId);
        Assert.Equal(RunState.Success, (await cluster.GetRunAsync(rawId)).State);
        var db = cluster.Get<FlowservDbContext>();
        var group = beforeKill.Concat(afterKill).ToList();
        Assert.Equal(await StoredAsync(db, RunEventStreams.Group(cluster.Group.Id)), group);
        Assert.Equal(["PENDING", "RUNNING", "PENDING", "RUNNING", "SUCCESS"], group.Select(e => e.State));
        // runUpdated starts with the state when it was subscribed, then follows every stored event up to the end.
        var stored = await StoredAsync(db, RunEventStreams.Run(rawId));
        Assert.Equal(stored.SkipWhile(e => e.Sequence < updates[0].Sequence), updates);
        Assert.Equal("SUCCESS", updates[^1].State);
        await ReportTakeoverAsync(db, rawId, victim, survivor, killedAt);
        var log = await db.RunLogLines.AsNoTracking().Where(l => l.RunId == rawId).OrderBy(l => l.Sequence).Select(l => l.Text).ToListAsync();
        Assert.Equal([$"node={victim.Name}", RunRecovery.RestartedLogLine, $"node={survivor.Name}"], log);
    }

    /// <summary>The run's first log line, read over a subscription to node B.</summary>
    private static async Task<string> FirstLogLineAsync(Cluster cluster, string runId)
    {
        await using var log = await LiveSubscription.StartAsync(
            cluster.B.Subscriptions, null, "subscription ($runId: ID!) { runLog(runId: $runId) { text } }", new { runId });
        var first = await log.ReadUntilAsync(_ => true);
        return first[0].GetProperty("runLog").GetProperty("text").GetString()!;
    }

    /// <summary>When, after the kill, the survivor took the run over, started it again and finished it.</summary>
    private async Task ReportTakeoverAsync(FlowservDbContext db, string runId, ServerProcess victim, ServerProcess survivor, DateTime killedAt)
    {
        var states = await db.RunEvents.AsNoTracking()
            .Where(e => e.StreamId == RunEventStreams.Run(runId) && e.Kind == RunEventKind.StateChanged && e.Timestamp > killedAt)
            .OrderBy(e => e.Sequence).ToListAsync();
        var after = string.Join(", ", states.Select(e => $"{e.State.ToCode()} {(e.Timestamp - killedAt).TotalSeconds:F1} s"));
        output.WriteLine($"node {victim.Name} killed; on node {survivor.Name} the run went {after} after the kill " +
            $"(check-in interval {Cluster.Checkin.TotalSeconds} s, step 5 s)");
    }

    private static async Task<List<ApiRunEvent>> StoredAsync(FlowservDbContext db, string streamId) =>
        (await db.RunEvents.AsNoTracking().Where(e => e.StreamId == streamId).OrderBy(e => e.Sequence).ToListAsync())
            .Select(ApiRunEvent.Of).ToList();
}
