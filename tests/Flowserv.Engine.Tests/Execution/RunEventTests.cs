using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Execution;

public sealed class RunEventTests
{
    [Fact]
    public async Task RunServiceChangesAreRecordedOnTheRunGroupAndWorkflowStreams()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var run = await scenario.StartAsync();
        await engine.Runs.CancelAsync(scenario.Member, run.Id, "stop");
        await engine.Runs.DeleteAsync(scenario.Member, run.Id);

        var stored = await engine.Db.RunEvents.AsNoTracking().OrderBy(e => e.StreamId).ThenBy(e => e.Sequence).ToListAsync();
        string[] expected = ["1 CREATED PENDING", "2 STATE_CHANGED CANCELED", "3 DELETED CANCELED"];
        foreach (var stream in new[] { RunEventStreams.Run(run.Id), RunEventStreams.Group(scenario.Group.Id), RunEventStreams.Workflow(scenario.Workflow.Id) })
        {
            Assert.Equal(expected, stored.Where(e => e.StreamId == stream).Select(Describe));
        }
        Assert.All(stored, e => Assert.Equal(run.Id, e.RunId));
    }

    [Fact]
    public async Task ARolledBackStartLeavesNoEvent()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var bus = engine.Get<IRunEventBus>();
        engine.Scheduler.FailNext = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => scenario.StartAsync());
        var run = await scenario.StartAsync();

        var events = await bus.SubscribeAsync(RunEventStreams.Group(scenario.Group.Id), 0, CancellationToken.None).TakeAsync(1);
        Assert.Equal(run.Id, Assert.Single(events).RunId);
        Assert.Equal(1, Assert.Single(events).Sequence);
        Assert.Single(await engine.Db.RunEvents.Where(e => e.StreamId == RunEventStreams.Group(scenario.Group.Id)).ToListAsync());
    }

    [Fact]
    public async Task ASubscriptionReplaysAfterTheSequenceNumberThenDeliversLiveEvents()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var first = await scenario.StartAsync();
        var second = await scenario.StartAsync();
        var bus = engine.Get<IRunEventBus>();

        var subscription = bus.SubscribeAsync(RunEventStreams.Group(scenario.Group.Id), 1, CancellationToken.None).TakeAsync(3);
        await engine.Runs.CancelAsync(scenario.Member, first.Id);
        await engine.Runs.CancelAsync(scenario.Member, second.Id);
        var events = await subscription;

        Assert.Equal([2L, 3L, 4L], events.Select(e => e.Sequence));
        Assert.Equal(
            [(second.Id, RunEventKind.Created), (first.Id, RunEventKind.StateChanged), (second.Id, RunEventKind.StateChanged)],
            events.Select(e => (e.RunId, e.Kind)));
    }

    [Fact]
    public async Task ConcurrentWritersGetConsecutiveSequenceNumbers()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        const int Runs = 24;

        var runs = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => scenario.StartAsync())));

        var group = await engine.Db.RunEvents.AsNoTracking()
            .Where(e => e.StreamId == RunEventStreams.Group(scenario.Group.Id))
            .OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, Runs).Select(i => (long)i), group.Select(e => e.Sequence));
        Assert.Equal(runs.Select(r => r.Id).Order(), group.Select(e => e.RunId).Order());
    }

    [Fact]
    public async Task ASaveOfMoreRunsThanOneStatementReadsNumbersEveryStreamOnce()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        // 1,200 runs touch 1,202 streams (each run's, the group's, the workflow's): more than one statement reads.
        const int Runs = 1200;
        var db = engine.Db;
        db.Runs.AddRange(Enumerable.Range(0, Runs).Select(_ => new Run
        {
            Id = Engine.Services.Identifiers.NewId(),
            WorkflowId = scenario.Workflow.Id,
            GroupId = scenario.Group.Id,
            ArgumentsJson = "[]",
            WorkflowDigest = scenario.Workflow.Digest,
        }));
        await db.SaveChangesAsync();

        var events = await engine.Db.RunEvents.AsNoTracking().ToListAsync();
        var group = events.Where(e => e.StreamId == RunEventStreams.Group(scenario.Group.Id)).Select(e => e.Sequence).Order();
        Assert.Equal(Enumerable.Range(1, Runs).Select(i => (long)i), group);
        Assert.All(events.Where(e => e.StreamId.StartsWith("run:", StringComparison.Ordinal)), e => Assert.Equal(1, e.Sequence));
        Assert.Equal(Runs, events.Count(e => e.StreamId.StartsWith("run:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StepChangesGoToTheRunStreamOnlyAndLogLinesArePublishedAfterCommit()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var run = await scenario.StartAsync();
        var bus = engine.Get<IRunEventBus>();
        var runEvents = bus.SubscribeAsync(RunEventStreams.Run(run.Id), 1, CancellationToken.None).TakeAsync(1);
        var log = bus.SubscribeLogAsync(run.Id, 0, CancellationToken.None).TakeAsync(2);

        var db = engine.Db;
        db.RunSteps.Add(new RunStep { RunId = run.Id, Position = 0, Name = "say", State = StepState.Running });
        db.RunLogLines.Add(new RunLogLine { RunId = run.Id, Sequence = 1, Step = "say", Stream = LogStream.Stdout, Text = "Hello" });
        db.RunLogLines.Add(new RunLogLine { RunId = run.Id, Sequence = 2, Step = "say", Stream = LogStream.Stderr, Text = "oops" });
        await db.SaveChangesAsync();

        var step = Assert.Single(await runEvents);
        Assert.Equal((RunEventKind.StepChanged, 2L, RunState.Pending), (step.Kind, step.Sequence, step.State));
        Assert.Equal(["1 STDOUT Hello", "2 STDERR oops"], (await log).Select(l => $"{l.Sequence} {l.Stream.ToString().ToUpperInvariant()} {l.Text}"));
        Assert.Equal(1, await engine.Db.RunEvents.CountAsync(e => e.StreamId == RunEventStreams.Group(scenario.Group.Id)));
    }

    private static string Describe(RunEvent e) => $"{e.Sequence} {Code(e.Kind)} {e.State.ToCode()}";

    private static string Code(RunEventKind kind) => kind switch
    {
        RunEventKind.StateChanged => "STATE_CHANGED",
        RunEventKind.StepChanged => "STEP_CHANGED",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
