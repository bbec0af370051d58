using Flowserv.Engine.Data;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Tests.Execution;

public sealed class RunOutcomeTests
{
    [Fact]
    public async Task AResultFileIsParsedIntoTypedValues()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync(ScriptWorkflow.WritesScore);

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Success, done.State);
        Assert.Equal(7, Assert.Single(done.Results).IntValue);
    }

    [Fact]
    public async Task AMissingDeclaredOutputEndsTheRunInError()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync("echo nothing written");

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Error, done.State);
        Assert.Equal(["missing output file 'results/result.json'"], done.Messages.Select(m => m.Text));
        Assert.False(done.HasResult);
        Assert.False(Directory.Exists(engine.Get<FileStore>().RunOutputDirectory(run.WorkflowId, run.Id)));
    }

    [Theory]
    [InlineData("not json", "invalid result file 'results/result.json'")]
    [InlineData("{\"other\": 1}", "missing value for 'score'")]
    [InlineData("{\"score\": \"many\"}", "score")]
    public async Task AnUnparsableResultEndsTheRunInError(string content, string expected)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync($"mkdir -p results && printf '%s' '{content}' > results/result.json");

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Error, done.State);
        Assert.Contains(expected, Assert.Single(done.Messages).Text, StringComparison.Ordinal);
        Assert.Empty(done.Results);
        Assert.Empty(done.Files);
    }

    [Fact]
    public async Task ACanceledRunHasItsProcessTreeStoppedAndEndsCanceledWithTheReason()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync("echo started; sleep 60");
        var firstLine = engine.Get<IRunEventBus>().SubscribeLogAsync(run.Id, 0, CancellationToken.None).TakeAsync(1);
        var execution = engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        Assert.Equal("started", Assert.Single(await firstLine).Text);
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await engine.Get<RunningRuns>().CancelAsync(run.Id));
        await engine.Runs.CancelAsync(workflow.Member, run.Id, "enough");
        await execution.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5));
        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Canceled, done.State);
        Assert.Equal(["enough"], done.Messages.Select(m => m.Text));
        Assert.Equal(StepState.Canceled, Assert.Single(done.Steps).State);
        Assert.Empty(done.Files);
    }

    [Fact]
    public async Task AStepThatOutlivesItsTimeoutEndsTheRunInError()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync("sleep 60");
        var executor = ActivatorUtilities.CreateInstance<RunExecutor>(
            engine.Get<IServiceProvider>(), new RunExecutionOptions { StepTimeout = TimeSpan.FromMilliseconds(300) });

        await executor.ExecuteAsync(run.Id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Error, done.State);
        Assert.Equal(["step 'main' timed out after 0.3 s"], done.Messages.Select(m => m.Text));
        Assert.Equal(StepState.Error, Assert.Single(done.Steps).State);
    }

    [Fact]
    public async Task ARunIsAnnouncedStepByStepWithGaplessSequenceNumbers()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync(ScriptWorkflow.WritesScore);
        var events = engine.Get<IRunEventBus>().SubscribeAsync(RunEventStreams.Run(run.Id), 0, CancellationToken.None).TakeAsync(6);

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        Assert.Equal(
            ["1 Created Pending", "2 StateChanged Running", "3 StepChanged Running", "4 StepChanged Running", "5 StepChanged Running", "6 StateChanged Success"],
            (await events).Select(e => $"{e.Sequence} {e.Kind} {e.State}"));
        var group = await engine.Db.RunEvents.Where(e => e.StreamId == RunEventStreams.Group(workflow.Group.Id)).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["1 Created", "2 StateChanged", "3 StateChanged"], group.Select(e => $"{e.Sequence} {e.Kind}"));
    }

    [Fact]
    public async Task AnOptionalActorStepWithoutArgumentIsSkipped()
    {
        await using var engine = await EngineFixture.CreateAsync();
        const string WithOptionalActor = """
            workflow:
                files:
                    outputs: [results/result.json]
                parameters:
                    script: $[[script]]
                steps:
                - name: prepare
                  action: $[[prepare]]
                - name: main
                  action:
                      environment: 'alpine:3'
                      commands: ['${script}']
            parameters:
                - name: script
                  dtype: string
                - name: prepare
                  dtype: actor
                  defaultValue: ['container', {image: 'alpine:3', commands: ['exit 1']}]
            results:
                file: results/result.json
                schema:
                    - name: score
                      label: Score
                      dtype: int
            """;
        var workflow = await ScriptWorkflow.CreateAsync(engine, WithOptionalActor);
        var run = await workflow.StartAsync(ScriptWorkflow.WritesScore);

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Success, done.State);
        Assert.Equal([("prepare", StepState.Skipped), ("main", StepState.Success)], done.Steps.Select(s => (s.Name, s.State)));
    }

    [Fact]
    public async Task ARunThatIsNoLongerPendingIsNotExecuted()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        var run = await workflow.StartAsync(ScriptWorkflow.WritesScore);
        await engine.Runs.CancelAsync(workflow.Member, run.Id);

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await workflow.GetAsync(run);
        Assert.Equal(RunState.Canceled, done.State);
        Assert.Empty(done.Steps);
    }
}
