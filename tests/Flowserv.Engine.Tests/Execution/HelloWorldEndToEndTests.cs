using System.Text.Json;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>flowServ's Hello World benchmark through the services: upload, runs, leaderboard, post-processing.</summary>
public sealed class HelloWorldEndToEndTests
{
    [Fact]
    public async Task RunsAreRankedAndThePostProcessingRunComparesTheBestRunOfEachGroup()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var other = await engine.Groups.CreateAsync(scenario.Member, scenario.Workflow.Id, "Team B");
        var otherNames = await engine.Uploads.UploadAsync(scenario.Member, other.Id, "names.txt", Scenario.Text("Alice\nBob\n"));
        var executor = engine.Get<RunExecutor>();

        var shortGreeting = await scenario.StartAsync(new RunArgument("sleeptime", 0), new RunArgument("greeting", "Hi"));
        await executor.ExecuteAsync(shortGreeting.Id, CancellationToken.None);
        var firstPostproc = (await engine.Workflows.GetAsync(scenario.Workflow.Id)).PostprocRunId;
        var longGreeting = await engine.Runs.StartAsync(scenario.Member, other.Id,
            [new RunArgument("names", File: new FileArgument(otherNames.Id)), new RunArgument("sleeptime", 0), new RunArgument("greeting", "Welcome")]);
        await executor.ExecuteAsync(longGreeting.Id, CancellationToken.None);

        var leaderboard = (await engine.Leaderboards.GetAsync(scenario.Workflow.Id))!;
        Assert.Equal([(longGreeting.Id, "Team B", 13.0), (shortGreeting.Id, "Team A", 8.0)],
            leaderboard.Entries.Select(e => (e.RunId, e.GroupName, (double)e.Values.Single(v => v.Key == "avg_count").Value!)));

        var postprocId = leaderboard.PostprocRunId;
        Assert.NotNull(firstPostproc);
        Assert.NotEqual(firstPostproc, postprocId);
        Assert.Equal(shortGreeting.Id, Assert.Single(engine.Db.PostprocRanking.Where(p => p.WorkflowId == scenario.Workflow.Id && p.RunId == shortGreeting.Id)).RunId);
        await executor.ExecuteAsync(postprocId!, CancellationToken.None);

        var postproc = await engine.Runs.GetAsync(scenario.Member, postprocId!);
        Assert.Equal(RunState.Success, postproc.State);
        Assert.Null(postproc.GroupId);
        var compare = await engine.Runs.GetFileAsync(scenario.Member, postprocId!, Assert.Single(postproc.Files).Id);
        Assert.Equal("results/compare.json", compare.Name);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(compare.Path));
        Assert.Equal(
            [(1, longGreeting.Id, "Team B", "Welcome Alice!"), (2, shortGreeting.Id, "Team A", "Hi Alice!")],
            document.RootElement.EnumerateArray().Select(entry => (
                entry.GetProperty("rank").GetInt32(),
                entry.GetProperty("run").GetString(),
                entry.GetProperty("group").GetString(),
                entry.GetProperty("analytics").GetProperty("max_line").GetString())));
        Assert.Equal(new[] { longGreeting.Id, postprocId!, shortGreeting.Id, firstPostproc! }.Order(), engine.Scheduler.Scheduled.Order());
    }

    [Fact]
    public async Task ANewRunThatDoesNotBeatItsGroupsBestStartsNoPostProcessing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var executor = engine.Get<RunExecutor>();
        var best = await scenario.StartAsync(new RunArgument("sleeptime", 0), new RunArgument("greeting", "Welcome"));
        await executor.ExecuteAsync(best.Id, CancellationToken.None);
        var postproc = (await engine.Workflows.GetAsync(scenario.Workflow.Id)).PostprocRunId;

        var worse = await scenario.StartAsync(new RunArgument("sleeptime", 0), new RunArgument("greeting", "Hi"));
        await executor.ExecuteAsync(worse.Id, CancellationToken.None);

        Assert.Equal(RunState.Success, (await engine.Runs.GetAsync(scenario.Member, worse.Id)).State);
        Assert.Equal(postproc, (await engine.Workflows.GetAsync(scenario.Workflow.Id)).PostprocRunId);
    }
}
