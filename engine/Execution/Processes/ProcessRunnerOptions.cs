namespace Flowserv.Engine.Execution.Processes;

public sealed record ProcessRunnerOptions
{
    /// <summary>
    /// Between SIGTERM and SIGKILL when a tree is stopped: long enough for a well-behaved step to clean up, short
    /// enough that a cancel takes effect within a second.
    /// </summary>
    public TimeSpan KillGracePeriod { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Longer lines are delivered as consecutive pieces of this many characters, so a step that writes megabytes
    /// without a newline cannot make the server buffer all of it.
    /// </summary>
    public int MaxLineLength { get; init; } = 1024 * 1024;
}
