namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// How a command ended. <see cref="ExitCode"/> is the shell's status as the OS reports it, so a tree stopped by
/// the runner shows 128 + the signal number (143 for SIGTERM, 137 for SIGKILL), as a shell would print it.
/// <see cref="EndedAt"/> is when the last output line was read, so it follows every line's timestamp.
/// </summary>
public sealed record ProcessResult(
    int ExitCode,
    ProcessCompletion Completion,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    TimeSpan Duration)
{
    public bool TimedOut => Completion == ProcessCompletion.TimedOut;

    public bool Canceled => Completion == ProcessCompletion.Canceled;
}
