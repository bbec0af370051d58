using System.Diagnostics;
using System.Globalization;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution.Processes;

/// <summary>
/// Each step prints its shell's PID first: the shell leads its own process group, so that is the group to
/// inspect afterwards. The 2-second bound is the correctness property "the tree is gone", not a benchmark.
/// </summary>
public sealed class ProcessRunnerTerminationTests : IDisposable
{
    private static readonly TimeSpan TreeGoneBound = TimeSpan.FromSeconds(2);

    private readonly TempDirectory temp = new();

    [Fact]
    public async Task A_timeout_stops_the_step_and_says_so()
    {
        var command = new ProcessCommand("echo $$; sleep 30", temp.Path) { Timeout = TimeSpan.FromMilliseconds(200) };

        var run = await RecordedRun.StartAsync(command);

        Assert.True(run.Result.TimedOut);
        Assert.False(run.Result.Canceled);
        Assert.Equal(143, run.Result.ExitCode);
        await AssertTreeGoneAsync(run, Stopwatch.StartNew());
    }

    [Fact]
    public async Task Cancel_kills_a_shell_that_ignores_sigterm()
    {
        var (run, sinceCancel) = await RunUntilCanceledAsync("trap '' TERM; echo $$; echo ready; sleep 30");

        Assert.True(run.Result.Canceled);
        Assert.Equal(137, run.Result.ExitCode);
        await AssertTreeGoneAsync(run, sinceCancel);
    }

    [Fact]
    public async Task Cancel_kills_every_background_child_and_a_grandchild_that_ignores_sigterm()
    {
        var (run, sinceCancel) = await RunUntilCanceledAsync(
            "echo $$; sleep 30 & sleep 30 & sh -c \"trap '' TERM; echo ready; sleep 30\" & wait");

        Assert.True(run.Result.Canceled);
        await AssertTreeGoneAsync(run, sinceCancel);
    }

    [Fact]
    public async Task Cancel_kills_a_descendant_that_moved_to_its_own_session_while_its_shell_lives()
    {
        // The step reports the child only once it really is in a new session (field 6 of /proc/PID/stat),
        // out of reach of the process-group kill.
        const string step = "trap '' TERM; echo $$; setsid sleep 30 & child=$!; "
            + "while [ \"$(cut -d' ' -f6 /proc/$child/stat)\" = \"$$\" ]; do sleep 0.01; done; "
            + "echo $child; echo ready; wait";
        var (run, sinceCancel) = await RunUntilCanceledAsync(step);
        var escaped = int.Parse(run.Stdout[1], CultureInfo.InvariantCulture);
        try
        {
            Assert.True(run.Result.Canceled);
            await AssertTreeGoneAsync(run, sinceCancel);
            Assert.False(ProcessTable.IsLive(escaped));
        }
        finally
        {
            KillIfLive(escaped);
        }
    }

    [Fact]
    public async Task Processes_left_running_by_a_finished_step_are_stopped()
    {
        var run = await RecordedRun.StartAsync("echo $$; sleep 30 & sleep 30 &", temp.Path);

        Assert.Equal(ProcessCompletion.Exited, run.Result.Completion);
        Assert.Equal(0, run.Result.ExitCode);
        await AssertTreeGoneAsync(run, Stopwatch.StartNew());
    }

    [Theory]
    // The escaped sleep keeps stdout open and cannot be killed (its shell is gone): the runner stops reading
    // instead of waiting 30 seconds for the pipe to close; the hang guard turns a wait into a failure.
    [InlineData("setsid sleep 30 & echo $!")]
    // Its output never stops, so only the bound on what the pipe could have held at the step's end ends the read.
    [InlineData("setsid sh -c 'while :; do echo more; done' & echo $!")]
    public async Task A_process_that_escaped_with_the_output_pipe_does_not_hold_the_step_open(string step)
    {
        var run = await RecordedRun.StartAsync(step, temp.Path);
        var escaped = int.Parse(run.Stdout[0], CultureInfo.InvariantCulture);
        KillIfLive(escaped);

        Assert.Equal(ProcessCompletion.Exited, run.Result.Completion);
        Assert.Equal(0, run.Result.ExitCode);
    }

    private async Task<(RecordedRun Run, Stopwatch SinceCancel)> RunUntilCanceledAsync(string step)
    {
        using var cancel = new CancellationTokenSource();
        var sinceCancel = new Stopwatch();
        var run = await RecordedRun.StartAsync(
            new ProcessCommand(step, temp.Path),
            line =>
            {
                if (line.Text == "ready")
                {
                    sinceCancel.Start();
                    cancel.Cancel();
                }
            },
            cancellationToken: cancel.Token);
        return (run, sinceCancel);
    }

    private static async Task AssertTreeGoneAsync(RecordedRun run, Stopwatch sinceStop)
    {
        var shell = int.Parse(run.Stdout[0], CultureInfo.InvariantCulture);

        var survivors = await ProcessTable.SurvivorsInGroupAfter(shell, TreeGoneBound - sinceStop.Elapsed);

        Assert.Empty(survivors);
        Assert.True(sinceStop.Elapsed < TreeGoneBound, $"the tree took {sinceStop.Elapsed} to end");
        Assert.DoesNotContain(shell, ProcessTable.ZombieChildrenOf(Environment.ProcessId));
    }

    private static void KillIfLive(int processId)
    {
        if (ProcessTable.IsLive(processId))
        {
            using var process = Process.GetProcessById(processId);
            process.Kill();
        }
    }

    public void Dispose() => temp.Dispose();
}
