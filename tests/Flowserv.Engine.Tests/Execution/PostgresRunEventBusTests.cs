using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Execution;

[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class PostgresRunEventBusTests
{
    [Fact]
    public async Task EventsAndLogLinesCommittedOnOneNodeReachSubscribersOnAnotherInOrder()
    {
        await using var engine = await EngineFixture.CreateAsync();
        PostgresOnly.Require(engine);
        var scenario = await Scenario.CreateAsync(engine);
        await using var other = ListeningNode.Create(engine.Options);
        var bus = other.Get<IRunEventBus>();
        var first = await scenario.StartAsync();

        var groupEvents = bus.SubscribeAsync(RunEventStreams.Group(scenario.Group.Id), 0, CancellationToken.None).TakeAsync(4, TimeSpan.FromSeconds(30));
        var log = bus.SubscribeLogAsync(first.Id, 0, CancellationToken.None).TakeAsync(3, TimeSpan.FromSeconds(30));
        var second = await scenario.StartAsync();
        await engine.Runs.CancelAsync(scenario.Member, first.Id);
        await engine.Runs.CancelAsync(scenario.Member, second.Id);
        await AppendLogAsync(engine, first.Id, 1, "one");
        await AppendLogAsync(engine, first.Id, 2, "two", "three");

        Assert.Equal(
            [(1L, first.Id, RunState.Pending), (2L, second.Id, RunState.Pending), (3L, first.Id, RunState.Canceled), (4L, second.Id, RunState.Canceled)],
            (await groupEvents).Select(e => (e.Sequence, e.RunId, e.State)));
        Assert.Equal(["1 one", "2 two", "3 three"], (await log).Select(l => $"{l.Sequence} {l.Text}"));
    }

    [Fact]
    public async Task ASubscriberWhoseNodeLostItsListenerConnectionMissesNothing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        PostgresOnly.Require(engine);
        var scenario = await Scenario.CreateAsync(engine);
        await using var other = ListeningNode.Create(engine.Options);
        await scenario.StartAsync();

        // Following from the stream's end: nothing to replay, so everything after comes live.
        var events = other.Get<IRunEventBus>().SubscribeAsync(RunEventStreams.Group(scenario.Group.Id), 1, CancellationToken.None);
        var received = events.TakeAsync(4, TimeSpan.FromSeconds(30));
        var listener = await WaitForSessionsAsync(engine, sessions => sessions.Count > 0);
        await engine.Db.Database.ExecuteSqlRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = {0} AND datname = current_database()",
            PostgresRunEventBus.ListenerApplicationName);
        await WaitForSessionsAsync(engine, sessions => !sessions.Any(listener.Contains));
        // Committed while the listener is gone (it waits before reconnecting): no notification reaches the node.
        var later = new List<Run>();
        for (var i = 0; i < 4; i++)
        {
            later.Add(await scenario.StartAsync());
        }

        Assert.Equal([2L, 3L, 4L, 5L], (await received).Select(e => e.Sequence));
        Assert.Equal(later.Select(r => r.Id), (await received).Select(e => e.RunId));
        Assert.DoesNotContain(await WaitForSessionsAsync(engine, sessions => sessions.Count > 0), listener.Contains);
    }

    private static async Task AppendLogAsync(EngineFixture engine, string runId, long firstSequence, params string[] texts)
    {
        var db = engine.Db;
        db.RunLogLines.AddRange(texts.Select((text, i) => new RunLogLine
        {
            RunId = runId,
            Sequence = firstSequence + i,
            Stream = LogStream.Stdout,
            Text = text,
            Timestamp = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>The server processes of the database's listener connections, once <paramref name="condition"/> holds for them.</summary>
    private static async Task<List<int>> WaitForSessionsAsync(EngineFixture engine, Func<List<int>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var sessions = await engine.Db.Database.SqlQueryRaw<int>(
                "SELECT pid AS \"Value\" FROM pg_stat_activity WHERE application_name = {0} AND datname = current_database()",
                PostgresRunEventBus.ListenerApplicationName).ToListAsync(timeout.Token);
            if (condition(sessions))
            {
                return sessions;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }
}
