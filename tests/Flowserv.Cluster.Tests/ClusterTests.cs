using System.Diagnostics;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Execution.Scheduling;
using Flowserv.Engine.Tests.Execution;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Flowserv.Cluster.Tests;

/// <summary>
/// The scale-out topology of docker-compose.yml with local processes: two server nodes on one PostgreSQL
/// database and one data folder. Needs PostgreSQL (FLOWSERV_TEST_DATABASE): ./test.sh runs these in its
/// PostgreSQL pass and leaves them out of the SQLite one.
/// </summary>
[Trait("Category", "PostgreSQL")]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string SaysWhere = "echo node=$" + ServerProcess.NodeVariable;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task RunsSubmittedToTheClusterExecuteOnceEachSpreadOverBothNodesAndAnotherNodeSeesEveryEventInOrder()
    {
        await using var cluster = await Cluster.StartAsync();
        const int Runs = 50;
        var stream = RunEventStreams.Group(cluster.Group.Id);
        var subscription = cluster.Get<IRunEventBus>().SubscribeAsync(stream, 0, CancellationToken.None)
            .CollectUntilAsync(received => received.Count(e => !e.State.IsActive()) == Runs, () => cluster.Output, Generous);

        var runs = new List<Run>();
        for (var i = 0; i < Runs; i++)
        {
            runs.Add(await cluster.StartRunAsync($"{SaysWhere} && sleep 0.2 && {ScriptTemplate.WritesScore}"));
        }
        var received = await subscription;

        var db = cluster.Get<FlowservDbContext>();
        var stored = await db.RunEvents.AsNoTracking().Where(e => e.StreamId == stream).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(stored.Select(Describe), received.Select(Describe));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), received.Select(e => e.Sequence));
        var ids = runs.Select(r => r.Id).ToList();
        Assert.All(await db.Runs.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(), run => Assert.Equal(RunState.Success, run.State));
        // Executed once: one RUNNING transition and one line saying where, per run.
        Assert.All(ids, id => Assert.Equal(
            [RunState.Pending, RunState.Running, RunState.Success],
            received.Where(e => e.RunId == id).Select(e => e.State)));
        var lines = await db.RunLogLines.AsNoTracking().Where(l => ids.Contains(l.RunId)).ToListAsync();
        var nodeOf = lines.GroupBy(l => l.RunId).ToDictionary(g => g.Key, g => Assert.Single(g).Text);
        Assert.Equal(ids.Order(), nodeOf.Keys.Order());
        Assert.Equal(["node=A", "node=B"], nodeOf.Values.Distinct().Order());
        output.WriteLine($"runs executed by A: {nodeOf.Values.Count(n => n == "node=A")}, by B: {nodeOf.Values.Count(n => n == "node=B")}");
    }

    [Fact]
    public async Task ARunWhoseNodeIsKilledIsTakenOverByTheOtherNodeAndItsSubscribersMissNothing()
    {
        await using var cluster = await Cluster.StartAsync();
        var bus = cluster.Get<IRunEventBus>();
        var run = await cluster.StartRunAsync($"{SaysWhere} && sleep 5 && {ScriptTemplate.WritesScore}");
        var events = bus.SubscribeAsync(RunEventStreams.Run(run.Id), 0, CancellationToken.None)
            .CollectUntilAsync(received => !received[^1].State.IsActive(), () => cluster.Output, Generous);

        var firstLine = await FirstLogLineAsync(bus, run.Id, () => cluster.Output);
        var (victim, survivor) = firstLine == "node=A" ? (cluster.A, cluster.B) : (cluster.B, cluster.A);
        var sinceKill = Stopwatch.StartNew();
        await victim.KillAsync();
        var received = await events;
        output.WriteLine($"node {victim.Name} killed; node {survivor.Name} finished the run {sinceKill.Elapsed.TotalSeconds:F1} s later " +
            $"(check-in interval {Cluster.Checkin.TotalSeconds} s, step 5 s)");

        Assert.Equal(RunState.Success, (await cluster.GetRunAsync(run.Id)).State);
        var db = cluster.Get<FlowservDbContext>();
        var stored = await db.RunEvents.AsNoTracking().Where(e => e.StreamId == RunEventStreams.Run(run.Id)).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(stored.Select(Describe), received.Select(Describe));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), received.Select(e => e.Sequence));
        Assert.Equal(
            [RunState.Pending, RunState.Running, RunState.Pending, RunState.Running, RunState.Success],
            received.Where(e => e.Kind != RunEventKind.StepChanged).Select(e => e.State));
        var log = await db.RunLogLines.AsNoTracking().Where(l => l.RunId == run.Id).OrderBy(l => l.Sequence).Select(l => l.Text).ToListAsync();
        Assert.Equal([$"node={victim.Name}", RunRecovery.RestartedLogLine, $"node={survivor.Name}"], log);
    }

    private static async Task<string> FirstLogLineAsync(IRunEventBus bus, string runId, Func<string> context)
    {
        using var timeout = new CancellationTokenSource(Generous);
        await foreach (var line in bus.SubscribeLogAsync(runId, 0, timeout.Token))
        {
            return line.Text;
        }
        Assert.Fail($"the run logged nothing:\n{context()}");
        return string.Empty;
    }

    private static string Describe(RunEvent e) => $"{e.Sequence} {e.Kind} {e.RunId} {e.State}";
}
