using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Scheduling;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Flowserv.Engine.Tests.Execution;

public sealed class QuartzSchedulingTests
{
    private const string SlowScore = "sleep 0.5 && " + ScriptWorkflow.WritesScore;

    [Fact]
    public async Task AStartedRunIsExecutedByItsQuartzJob()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var node = await ServerNode.StartAsync(engine.Options);

        var run = await node.Get<RunService>().StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", ScriptWorkflow.WritesScore)]);

        Assert.Equal(RunState.Success, (await node.WaitForEndAsync(run.Id)).State);
        Assert.Equal(7, Assert.Single((await workflow.GetAsync(run)).Results).IntValue);
        var tables = await TestDatabase.TableNamesAsync(engine.Db);
        Assert.Contains(tables, name => name.Equals("qrtz_job_details", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ANodeStoppedTwiceAtOnceHasStoppedWhenEitherStopReturns()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var node = await ServerNode.StartAsync(engine.Options);
        var scheduler = await node.Get<ISchedulerFactory>().GetScheduler();
        var run = await node.Get<RunService>().StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", "echo started; sleep 60")]);
        await node.Get<Engine.Execution.Events.IRunEventBus>().SubscribeLogAsync(run.Id, 0, CancellationToken.None).TakeAsync(1);

        // The test host's disposal and the program's own run loop both stop the server; the caller whose
        // stop returns first disposes the services, so the scheduler must be shut down by then.
        var stops = new[] { node.StopAsync(), node.StopAsync() };
        await await Task.WhenAny(stops);

        Assert.Equal(SchedulerStatus.Shutdown, await scheduler.GetStatus());
        await Task.WhenAll(stops);
    }

    [Fact]
    public async Task NoMoreRunsExecuteAtOnceThanConfigured()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var node = await ServerNode.StartAsync(engine.Options, maxConcurrentRuns: 1);
        var runs = node.Get<RunService>();

        var first = await runs.StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", SlowScore)]);
        var second = await runs.StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", SlowScore)]);
        await node.WaitForEndAsync(first.Id);
        await node.WaitForEndAsync(second.Id);

        var done = new[] { await workflow.GetAsync(first), await workflow.GetAsync(second) }.OrderBy(r => r.StartedAt).ToList();
        Assert.All(done, r => Assert.Equal(RunState.Success, r.State));
        Assert.True(done[1].StartedAt >= done[0].EndedAt, $"{done[1].StartedAt:O} started before {done[0].EndedAt:O}");
    }

    [Fact]
    public async Task CancelingARunningRunStopsItAndStoresTheReason()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var node = await ServerNode.StartAsync(engine.Options);
        var runs = node.Get<RunService>();
        var run = await runs.StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", "echo started; sleep 60")]);
        await node.Get<Engine.Execution.Events.IRunEventBus>().SubscribeLogAsync(run.Id, 0, CancellationToken.None).TakeAsync(1);

        var canceled = await runs.CancelAsync(workflow.Member, run.Id, "no longer needed");

        Assert.Equal(RunState.Canceled, canceled.State);
        Assert.Equal(["no longer needed"], canceled.Messages.Select(m => m.Text));
        Assert.Equal(StepState.Canceled, Assert.Single(canceled.Steps).State);
    }

    [Fact]
    public async Task AtStartUpInterruptedRunsRestartOrFailAndUnsubmittedRunsGetTheirJob()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        // The engine fixture's scheduler only records, like a node that crashed before submitting the jobs.
        var unsubmitted = await workflow.StartAsync(ScriptWorkflow.WritesScore);
        var interrupted = await workflow.StartAsync(ScriptWorkflow.WritesScore);
        var outdated = await workflow.StartAsync(ScriptWorkflow.WritesScore);
        await engine.Db.Runs.Where(r => r.Id == interrupted.Id || r.Id == outdated.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Running).SetProperty(r => r.StartedAt, DateTime.UtcNow));
        await engine.Db.Runs.Where(r => r.Id == outdated.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowDigest, "an older template"));

        await using var node = await ServerNode.StartAsync(engine.Options);

        Assert.Equal(RunState.Success, (await node.WaitForEndAsync(unsubmitted.Id)).State);
        Assert.Equal(RunState.Success, (await node.WaitForEndAsync(interrupted.Id)).State);
        var failed = await workflow.GetAsync(outdated);
        Assert.Equal(RunState.Error, failed.State);
        Assert.Equal([RunRecovery.InterruptedMessage], failed.Messages.Select(m => m.Text));
    }
}
