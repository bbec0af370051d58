using System.Diagnostics;
using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// Canceling a run through <see cref="RunService"/>, on a node with its Quartz scheduler, as a user would.
/// The 2-second bound is the issue's requirement "every process of the step is gone within 2 s of the
/// cancel", a property of the behaviour rather than a benchmark.
/// </summary>
public sealed class RunCancellationTests
{
    private static readonly TimeSpan TreeGoneBound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task CancelingARunWhoseStepIgnoresSigtermStopsItsWholeTreeAndStoresTheReason()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var node = await ServerNode.StartAsync(engine.Options);
        var runs = node.Get<RunService>();
        var (run, tree) = await StartSigtermIgnoringStepAsync(engine, workflow, node);

        var canceled = await runs.CancelAsync(workflow.Member, run.Id, "superseded by a newer submission");
        var sinceCancel = Stopwatch.StartNew();

        var survivors = await SurvivorsAfterAsync(tree, TreeGoneBound - sinceCancel.Elapsed);
        Assert.Empty(survivors);
        Assert.Equal(RunState.Canceled, canceled.State);
        Assert.Equal(["superseded by a newer submission"], canceled.Messages.Select(m => m.Text));
        Assert.Equal(StepState.Canceled, Assert.Single(canceled.Steps).State);
        var final = await node.WaitForEndAsync(run.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(RunState.Canceled, final.State);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task CancelingOnAnotherNodeStopsTheStepOnTheNodeExecutingIt()
    {
        await using var engine = await EngineFixture.CreateAsync();
        PostgresOnly.Require(engine);
        var workflow = await ScriptWorkflow.CreateAsync(engine);
        await using var executing = await ServerNode.StartAsync(engine.Options);
        // Node B has no scheduler of its own, so the cancel reaches node A only through the database.
        await using var other = ListeningNode.Create(engine.Options);
        var (run, tree) = await StartSigtermIgnoringStepAsync(engine, workflow, executing);

        var canceled = await other.Get<RunService>().CancelAsync(workflow.Member, run.Id, "canceled on node B");
        var sinceCancel = Stopwatch.StartNew();

        var survivors = await SurvivorsAfterAsync(tree, TreeGoneBound - sinceCancel.Elapsed);
        Assert.Empty(survivors);
        Assert.Equal(RunState.Canceled, canceled.State);
        var final = await executing.WaitForEndAsync(run.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(RunState.Canceled, final.State);
        var stored = await workflow.GetAsync(run);
        Assert.Equal(RunState.Canceled, stored.State);
        Assert.Equal(["canceled on node B"], stored.Messages.Select(m => m.Text));
    }

    /// <summary>Starts a run on <paramref name="node"/> whose step and its child ignore SIGTERM; returns once both run.</summary>
    private static async Task<(Run Run, int[] Tree)> StartSigtermIgnoringStepAsync(EngineFixture engine, ScriptWorkflow workflow, ServerNode node)
    {
        var pids = engine.Directory.Combine("pids");
        Directory.CreateDirectory(pids);
        // An ignored signal stays ignored across fork and exec, so the background sleep ignores SIGTERM as well.
        var script = $"trap '' TERM; sleep 60 & echo $! > {pids}/child; echo $$ > {pids}/shell; echo started; wait";
        var run = await node.Get<RunService>().StartAsync(workflow.Member, workflow.Group.Id, [new RunArgument("script", script)]);
        await node.Get<IRunEventBus>().SubscribeLogAsync(run.Id, 0, CancellationToken.None).TakeAsync(1, TimeSpan.FromSeconds(60));
        int[] tree = [ReadPid(pids, "shell"), ReadPid(pids, "child")];
        Assert.All(tree, pid => Assert.True(ProcessTable.IsLive(pid), $"process {pid} of the step is not running before the cancel"));
        return (run, tree);
    }

    private static int ReadPid(string folder, string name) =>
        int.Parse(File.ReadAllText(Path.Combine(folder, name)).Trim(), CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<int>> SurvivorsAfterAsync(IReadOnlyList<int> pids, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var survivors = pids.Where(ProcessTable.IsLive).ToList();
            if (survivors.Count == 0 || watch.Elapsed > bound)
            {
                return survivors;
            }
            await Task.Delay(20);
        }
    }
}
