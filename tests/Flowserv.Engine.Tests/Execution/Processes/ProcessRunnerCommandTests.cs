using System.Globalization;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution.Processes;

public sealed class ProcessRunnerCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(255)]
    public async Task The_exit_code_propagates(int exitCode)
    {
        var run = await RecordedRun.StartAsync($"exit {exitCode}", temp.Path);

        Assert.Equal(exitCode, run.Result.ExitCode);
        Assert.Equal(ProcessCompletion.Exited, run.Result.Completion);
    }

    [Fact]
    public async Task A_missing_program_exits_127_with_the_shell_message()
    {
        var run = await RecordedRun.StartAsync("no-such-program-flowserv", temp.Path);

        Assert.Equal(127, run.Result.ExitCode);
        Assert.Contains(run.Stderr, line => line.Contains("no-such-program-flowserv", StringComparison.Ordinal)
            && line.Contains("not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_command_line_reaches_the_shell_verbatim_as_one_argument()
    {
        var run = await RecordedRun.StartAsync("printf '[%s]\\n' 'a  b' \"c;d\" \"$#\"", temp.Path);

        Assert.Equal(["[a  b]", "[c;d]", "[0]"], run.Stdout);
    }

    [Fact]
    public async Task The_step_runs_in_the_working_directory()
    {
        File.WriteAllText(temp.Combine("marker.txt"), "");

        var run = await RecordedRun.StartAsync("pwd; ls", temp.Path);

        Assert.Equal([temp.Path, "marker.txt"], run.Stdout);
    }

    [Fact]
    public async Task A_missing_working_directory_is_refused_before_anything_runs()
    {
        var missing = temp.Combine("missing");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => RecordedRun.StartAsync("touch x", missing));

        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task The_shell_leads_its_own_session_and_process_group()
    {
        // /proc/PID/stat fields 5 and 6 are the process group and the session.
        var run = await RecordedRun.StartAsync("echo $$; cut -d' ' -f5,6 /proc/$$/stat", temp.Path);

        var pid = run.Stdout[0];
        Assert.NotEqual(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), pid);
        Assert.Equal($"{pid} {pid}", run.Stdout[1]);
    }

    [Fact]
    public async Task The_result_carries_utc_start_and_end()
    {
        var run = await RecordedRun.StartAsync("true", temp.Path);

        Assert.Equal(TimeSpan.Zero, run.Result.StartedAt.Offset);
        Assert.Equal(TimeSpan.Zero, run.Result.EndedAt.Offset);
        Assert.True(run.Result.StartedAt <= run.Result.EndedAt);
        Assert.True(run.Result.Duration > TimeSpan.Zero);
        Assert.False(run.Result.TimedOut);
        Assert.False(run.Result.Canceled);
    }

    public void Dispose() => temp.Dispose();
}
