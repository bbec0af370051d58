namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// A step's process group that no longer has a runner watching it, because the server that started it was
/// killed outright: the step runs in a session of its own (see <see cref="ProcessRunner"/>), so it outlives
/// its server. Only its group id is known.
/// </summary>
internal static class OrphanedProcessGroup
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// SIGKILL to the group (there is no run left to clean up for), then waits until none of its members
    /// lives, for at most <paramref name="bound"/>: a process stuck in the kernel dies when it leaves it.
    /// </summary>
    public static async Task KillAsync(int groupId, TimeSpan bound, TimeProvider clock)
    {
        if (!Signals.SendToGroup(groupId, Signals.Kill))
        {
            return;
        }
        var killedAt = clock.GetTimestamp();
        while (ProcFileSystem.AnyLiveProcessInGroup(groupId) && clock.GetElapsedTime(killedAt) < bound)
        {
            await Task.Delay(PollInterval, clock);
        }
    }
}
