using Flowserv.Engine.Data;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Execution;

public sealed class RunExecutorTests
{
    [Fact]
    public async Task HelloWorldRunSucceedsWithRetainedOutputsResultsStepsAndLog()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        var run = await scenario.StartAsync(new RunArgument("sleeptime", 0), new RunArgument("greeting", "Hi"));

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await engine.Runs.GetAsync(scenario.Member, run.Id);
        Assert.Equal(RunState.Success, done.State);
        Assert.True(done.HasResult);
        Assert.NotNull(done.StartedAt);
        Assert.NotNull(done.EndedAt);
        Assert.Equal(["results/analytics.json", "results/greetings.txt"], done.Files.Select(f => f.Key));
        var greetings = await engine.Runs.GetFileAsync(scenario.Member, run.Id, done.Files.Single(f => f.Key == "results/greetings.txt").Id);
        Assert.Equal("Hi Alice!\nHi Bob!\n", await File.ReadAllTextAsync(greetings.Path));
        var values = done.Results.ToDictionary(v => v.ColumnId);
        Assert.Equal(8.0, values["avg_count"].FloatValue);
        Assert.Equal(9, values["max_len"].FloatValue);
        Assert.Equal("Hi Alice!", values["max_line"].TextValue);
        Assert.Equal(
            [("say_hello", StepState.Success, 0), ("analyze", StepState.Success, 0)],
            done.Steps.Select(s => (s.Name, s.State, s.ExitCode ?? -1)));
        Assert.All(done.Steps, s => Assert.True(s.StartedAt <= s.EndedAt));
        Assert.False(Directory.Exists(engine.Get<Flowserv.Engine.Storage.FileStore>().RunWorkDirectory(run.Id)));
    }

    [Fact]
    public async Task AFailingCommandEndsTheRunInErrorWithItsOutputAndSkipsLaterSteps()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var scenario = await Scenario.CreateAsync(engine);
        // The greeting closes the command's quote: the step greets with an empty greeting, then the shell echoes and fails.
        var run = await scenario.StartAsync(new RunArgument("sleeptime", 0), new RunArgument("greeting", "\"; echo partial; exit 3; #"));

        await engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);

        var done = await engine.Runs.GetAsync(scenario.Member, run.Id);
        Assert.Equal(RunState.Error, done.State);
        Assert.Equal([" Alice!\n Bob!\npartial\n", "step 'say_hello' failed with exit code 3"], done.Messages.Select(m => m.Text));
        Assert.Equal(
            [("say_hello", StepState.Error, (int?)3), ("analyze", StepState.Pending, null)],
            done.Steps.Select(s => (s.Name, s.State, s.ExitCode)));
        Assert.Empty(done.Files);
        var log = await engine.Db.RunLogLines.Where(l => l.RunId == run.Id).OrderBy(l => l.Sequence).ToListAsync();
        Assert.Equal(["1 say_hello  Alice!", "2 say_hello  Bob!", "3 say_hello partial"], log.Select(l => $"{l.Sequence} {l.Step} {l.Text}"));
    }
}
