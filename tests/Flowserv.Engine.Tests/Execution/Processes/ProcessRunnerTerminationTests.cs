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
        Assert.NotEqual(0, run.Result.ExitCode);
        await AssertTreeGoneAsync(run);
    }

    [Fact]
    public async Task Cancel_kills_a_shell_that_ignores_sigterm()
    {
        var run = await RunUntilCanceledAsync("trap '' TERM; echo $$; echo ready; sleep 30");

        Assert.True(run.Result.Canceled);
        Assert.Equal(137, run.Result.ExitCode);
        await AssertTreeGoneAsync(run);
    }

    [Fact]
    public async Task Cancel_kills_every_background_child_and_a_grandchild_that_ignores_sigterm()
    {
        var run = await RunUntilCanceledAsync(
            "echo $$; sleep 30 & sleep 30 & sh -c \"trap '' TERM; echo ready; sleep 30\" & wait");

        Assert.True(run.Result.Canceled);
        await AssertTreeGoneAsync(run);
    }

    [Fact]
    public async Task Cancel_kills_a_descendant_that_moved_to_its_own_session_while_its_shell_lives()
    {
        // The step waits until the child really is in a new session (field 6 of /proc/PID/stat) before it
        // reports it, so the process-group kill alone cannot reach it.
        const string step = "trap '' TERM; echo $$; setsid sleep 30 & child=$!; "
            + "while [ \"$(cut -d' ' -f6 /proc/$child/stat)\" = \"$$\" ]; do sleep 0.01; done; echo $child; wait";
        var escaped = 0;
        try
        {
            var run = await RunUntilCanceledAsync(step, line =>
            {
                if (run_IsChildLine(line))
                {
                    escaped = int.Parse(line.Text, CultureInfo.InvariantCulture);
                }
            });

            Assert.True(run.Result.Canceled);
            await AssertTreeGoneAsync(run);
            Assert.False(ProcessTable.IsLive(escaped));
        }
        finally
        {
            KillIfLive(escaped);
        }

        bool run_IsChildLine(ProcessOutputLine line) => escaped == 0 && line.Text != run_FirstLine(line);
    }

    public void Dispose() => temp.Dispose();
}
