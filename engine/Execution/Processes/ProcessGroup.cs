using System.Diagnostics;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// The process group (and session) a step's shell leads, because <c>setsid</c> started it. Everything the step
/// spawns stays in it unless it deliberately moves out, so signalling the group stops the whole tree even
/// after the shell has died and its children were re-parented to init.
/// </summary>
internal sealed class ProcessGroup(Process leader)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public int Id { get; } = leader.Id;

    /// <summary>
    /// SIGTERM to the group, up to <paramref name="gracePeriod"/> for it to empty, then SIGKILL. Returns at once
    /// when nothing is left, which is the usual case after a step exits by itself.
    /// </summary>
    public async Task TerminateAsync(TimeSpan gracePeriod, TimeProvider clock)
    {
        if (!IsAlive())
        {
            return;
        }
        Signal(Signals.Terminate);
        var terminatedAt = clock.GetTimestamp();
        while (IsAlive() && clock.GetElapsedTime(terminatedAt) < gracePeriod)
        {
            await Task.Delay(PollInterval, clock);
        }
        if (IsAlive())
        {
            KillLeaderTree();
            Signal(Signals.Kill);
        }
    }

    private void Signal(int signal)
    {
        // Until setsid has run, the child is still in the server's group and its own group does not exist yet.
        if (!Signals.SendToGroup(Id, signal) && !leader.HasExited)
        {
            Signals.SendToProcess(Id, signal);
        }
    }

    /// <summary>
    /// Reaches descendants that left the group (a nested <c>setsid</c>) while the shell that owns them still
    /// lives; once the shell is gone they are out of reach.
    /// </summary>
    private void KillLeaderTree()
    {
        try
        {
            leader.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The shell exited between the check and the kill: the group kill that follows covers the rest.
        }
    }

    private bool IsAlive() => !leader.HasExited || HasLiveMembers();

    /// <summary>
    /// Zombies count as members for <c>kill(-pgid, 0)</c> but are already dead: orphans wait there until init
    /// reaps them, which some container inits do late. Only running members matter.
    /// </summary>
    private bool HasLiveMembers() =>
        Signals.SendToGroup(Id, Signals.Probe) && ProcFileSystem.AnyLiveProcessInGroup(Id);
}
