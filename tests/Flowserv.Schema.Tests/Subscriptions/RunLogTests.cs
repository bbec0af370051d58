using Flowserv.Engine.Execution;
using Flowserv.Engine.Tests.Execution;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Subscriptions;

public sealed class RunLogTests
{
    private const int LineCount = 30;

    private const string RunLog = "subscription ($id: ID!, $after: Long) { runLog(runId: $id, afterSequence: $after) { sequence step stream text } }";

    private static readonly string PrintsLines = $"for i in $(seq 1 {LineCount}); do echo \"line $i\"; done; {ScriptWorkflow.WritesScore}";

    [Fact]
    public async Task FollowsTheWholeLogOfARunningRunAndCompletesWhenItEnds()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(PrintsLines);
        await using var log = await LiveOperation.StartAsync(fixture, RunLog, scripts.Member, Ids.Variables(("id", Ids.Run(run.Id)), ("after", null)));

        var execution = fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        var lines = (await log.ReadToCompletionAsync()).Select(data => data.GetProperty("runLog")).ToList();
        await execution;

        Assert.Equal(Numbered(1, LineCount), lines.Select(line => line.GetProperty("text").GetString()));
        Assert.Equal(Enumerable.Range(1, LineCount).Select(n => (long)n), lines.Select(line => line.GetProperty("sequence").GetInt64()));
        Assert.All(lines, line => Assert.Equal(("main", "STDOUT"), (line.GetProperty("step").GetString(), line.GetProperty("stream").GetString())));
    }

    [Fact]
    public async Task ResumesAfterTheGivenSequenceNumber()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(PrintsLines);
        await fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        await using var log = await LiveOperation.StartAsync(fixture, RunLog, scripts.Member, Ids.Variables(("id", Ids.Run(run.Id)), ("after", 12L)));

        var lines = await log.ReadToCompletionAsync();

        Assert.Equal(Numbered(13, LineCount), lines.Select(data => data.GetProperty("runLog").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task OutsidersAreRefused()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(PrintsLines);
        var outsider = await fixture.Engine.SignInAsync("outsider");

        await using var log = await LiveOperation.StartAsync(fixture, RunLog, outsider, Ids.Variables(("id", Ids.Run(run.Id)), ("after", null)));

        Assert.Equal(["UNAUTHORIZED"], log.RefusalCodes());
    }

    private static IEnumerable<string> Numbered(int first, int last) => Enumerable.Range(first, last - first + 1).Select(n => $"line {n}");
}
