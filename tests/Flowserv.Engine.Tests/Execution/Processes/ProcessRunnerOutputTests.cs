using System.Globalization;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution.Processes;

public sealed class ProcessRunnerOutputTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Each_stream_keeps_its_own_line_order()
    {
        var run = await RecordedRun.StartAsync(
            "for i in 1 2 3 4 5; do echo out$i; echo err$i >&2; done", temp.Path);

        Assert.Equal(["out1", "out2", "out3", "out4", "out5"], run.Stdout);
        Assert.Equal(["err1", "err2", "err3", "err4", "err5"], run.Stderr);
    }

    [Fact]
    public async Task Lines_arrive_while_the_step_is_still_running()
    {
        // The step only finishes once the test has seen its first line, so lines held back until exit would
        // leave it waiting until the timeout.
        var go = temp.Combine("go");
        var command = new ProcessCommand(
            "echo ready; while [ ! -e go ]; do sleep 0.01; done; echo done", temp.Path)
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

        var run = await RecordedRun.StartAsync(command, line =>
        {
            if (line.Text == "ready")
            {
                File.WriteAllText(go, "");
            }
        });

        Assert.Equal(ProcessCompletion.Exited, run.Result.Completion);
        Assert.Equal(["ready", "done"], run.Stdout);
    }

    [Fact]
    public async Task An_unterminated_last_line_is_delivered()
    {
        var run = await RecordedRun.StartAsync("printf 'a\\nb'; printf 'c' >&2", temp.Path);

        Assert.Equal(["a", "b"], run.Stdout);
        Assert.Equal(["c"], run.Stderr);
    }

    [Fact]
    public async Task A_very_long_line_arrives_whole()
    {
        var run = await RecordedRun.StartAsync("head -c 300000 /dev/zero | tr '\\0' x; echo", temp.Path);

        Assert.Equal([new string('x', 300_000)], run.Stdout);
    }

    [Fact]
    public async Task A_line_beyond_the_maximum_length_arrives_in_pieces()
    {
        var runner = RecordedRun.Runner(new ProcessRunnerOptions { MaxLineLength = 1000 });

        var run = await RecordedRun.StartAsync(
            new ProcessCommand("head -c 2500 /dev/zero | tr '\\0' x", temp.Path), runner: runner);

        Assert.Equal([new string('x', 1000), new string('x', 1000), new string('x', 500)], run.Stdout);
    }

    [Fact]
    public async Task Output_is_decoded_as_utf8()
    {
        var run = await RecordedRun.StartAsync("printf 'h\\303\\251llo \\342\\202\\254\\n'", temp.Path);

        Assert.Equal(["héllo €"], run.Stdout);
    }

    [Fact]
    public async Task A_hundred_thousand_lines_on_both_streams_do_not_deadlock()
    {
        var run = await RecordedRun.StartAsync("seq 1 100000; seq 1 100000 >&2", temp.Path);

        Assert.Equal(0, run.Result.ExitCode);
        Assert.Equal(Enumerable.Range(1, 100_000).Select(i => i.ToString(CultureInfo.InvariantCulture)), run.Stdout);
        Assert.Equal(100_000, run.Stderr.Count);
    }

    [Fact]
    public async Task Output_still_in_the_pipe_when_the_step_ends_is_delivered_however_slow_the_consumer()
    {
        // The consumer holds the first line well past the end of the step and the runner's kill grace period,
        // so most of the output is still in the pipe, behind a full queue, when the step has ended.
        var run = await RecordedRun.StartAsync(new ProcessCommand("seq 1 5000", temp.Path), line =>
        {
            if (line.Text == "1")
            {
                Thread.Sleep(TimeSpan.FromSeconds(1.5));
            }
        });

        Assert.Equal(Enumerable.Range(1, 5000).Select(i => i.ToString(CultureInfo.InvariantCulture)), run.Stdout);
    }

    [Fact]
    public async Task Line_timestamps_are_utc_and_within_the_run()
    {
        var run = await RecordedRun.StartAsync("echo one; echo two >&2", temp.Path);

        Assert.Equal(2, run.Lines.Count);
        Assert.All(run.Lines, line =>
        {
            Assert.Equal(TimeSpan.Zero, line.Timestamp.Offset);
            Assert.InRange(line.Timestamp, run.Result.StartedAt, run.Result.EndedAt);
        });
    }

    [Fact]
    public async Task A_failing_output_consumer_stops_the_step_and_its_exception_surfaces()
    {
        var groupId = 0;
        var runner = RecordedRun.Runner();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(
            new ProcessCommand("echo $$; sleep 30", temp.Path),
            line =>
            {
                groupId = int.Parse(line.Text, CultureInfo.InvariantCulture);
                throw new InvalidOperationException("consumer failed");
            },
            CancellationToken.None));

        Assert.Equal("consumer failed", thrown.Message);
        Assert.Empty(await ProcessTable.SurvivorsInGroupAfter(groupId, TimeSpan.FromSeconds(2)));
    }

    public void Dispose() => temp.Dispose();
}
