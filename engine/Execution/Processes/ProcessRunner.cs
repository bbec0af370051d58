using System.Diagnostics;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// Runs a workflow step's command line as flowServ's SubprocessWorker does (<c>/bin/sh -c</c>, in the run
/// folder, with the step's environment), streaming its output line by line while it runs.
/// <para>
/// The shell starts through <c>setsid</c> as the leader of a new session and process group, so a timeout or a
/// cancel stops the whole tree: SIGTERM to the group, <see cref="ProcessRunnerOptions.KillGracePeriod"/> to
/// comply, then SIGKILL, which reaches commands that ignore SIGTERM and grandchildren orphaned by a dead shell.
/// A step's processes never outlive it: anything the shell left running in its group when it exited is
/// stopped the same way. Only a process that deliberately leaves the group and whose parent is already gone
/// escapes (Linux offers no handle on it short of cgroups).
/// </para>
/// </summary>
public sealed class ProcessRunner
{
    private const string Shell = "/bin/sh";
    private static readonly string[] SetsidLocations = ["/usr/bin/setsid", "/bin/setsid"];

    private readonly ProcessRunnerOptions options;
    private readonly TimeProvider clock;
    private readonly string setsid;

    public ProcessRunner(ProcessRunnerOptions options, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KillGracePeriod, TimeSpan.Zero);
        // Checked here as well as where lines are split, so a bad setting fails at start-up, not in a step.
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLineLength, 2);
        this.options = options;
        this.clock = clock;
        setsid = Array.Find(SetsidLocations, File.Exists)
            ?? throw new PlatformNotSupportedException(
                "running workflow steps needs setsid (util-linux), found in neither /usr/bin nor /bin");
    }

    /// <inheritdoc cref="RunAsync(ProcessCommand, Func{ProcessOutputLine, ValueTask}?, Action{int}?, CancellationToken)"/>
    public Task<ProcessResult> RunAsync(
        ProcessCommand command,
        Func<ProcessOutputLine, ValueTask>? onOutput,
        CancellationToken cancellationToken) =>
        RunAsync(command, onOutput, onStarted: null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="command"/> to its end. <paramref name="onOutput"/> receives each stdout and stderr
    /// line as it is produced (never two calls at once; in order within each stream); when it throws, the step
    /// is stopped and the exception rethrown. A timeout or <paramref name="cancellationToken"/> does not throw:
    /// the tree is stopped and the result says so. Throws <see cref="DirectoryNotFoundException"/> for a missing
    /// working directory; a missing program is the shell's business (exit code 127 and its message on stderr).
    /// <paramref name="onStarted"/> receives the id of the step's process group as soon as it exists.
    /// </summary>
    public async Task<ProcessResult> RunAsync(
        ProcessCommand command,
        Func<ProcessOutputLine, ValueTask>? onOutput,
        Action<int>? onStarted,
        CancellationToken cancellationToken)
    {
        if (!Directory.Exists(command.WorkingDirectory))
        {
            throw new DirectoryNotFoundException($"working directory '{command.WorkingDirectory}' does not exist");
        }
        using var timeout = new CancellationTokenSource(command.Timeout ?? Timeout.InfiniteTimeSpan, clock);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = interrupt.Token.Register(() => interrupted.TrySetResult());

        using var process = new Process { StartInfo = CreateStartInfo(command) };
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        process.Start();
        try
        {
            onStarted?.Invoke(process.Id);
        }
        catch
        {
            // The caller could not take note of the step, so it must not run unwatched.
            await new ProcessGroup(process).TerminateAsync(TimeSpan.Zero, clock);
            throw;
        }
        // The step gets an empty stdin rather than the server's.
        process.StandardInput.Close();
        using var output = new OutputCapture(process, onOutput ?? IgnoreOutput, options.MaxLineLength, clock);
        var exited = process.WaitForExitAsync(CancellationToken.None);

        await Task.WhenAny(exited, interrupted.Task, output.Failed);
        // A consumer failure is rethrown by DrainAsync, so its fall-through label never reaches a result.
        var completion = exited.IsCompleted ? ProcessCompletion.Exited
            : cancellationToken.IsCancellationRequested ? ProcessCompletion.Canceled
            : ProcessCompletion.TimedOut;
        await new ProcessGroup(process).TerminateAsync(options.KillGracePeriod, clock);
        await exited;
        await output.DrainAsync(options.KillGracePeriod);
        return new ProcessResult(
            process.ExitCode, completion, startedAt, clock.GetUtcNow(), clock.GetElapsedTime(started));
    }

    private ProcessStartInfo CreateStartInfo(ProcessCommand command)
    {
        var startInfo = new ProcessStartInfo(setsid)
        {
            WorkingDirectory = command.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // One argv element each: the command line reaches the shell verbatim, never re-split or re-quoted.
        startInfo.ArgumentList.Add(Shell);
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(command.CommandLine);
        command.Environment.ApplyTo(startInfo.Environment);
        return startInfo;
    }

    private static ValueTask IgnoreOutput(ProcessOutputLine line) => ValueTask.CompletedTask;
}
