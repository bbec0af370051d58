using System.Diagnostics;
using System.Globalization;

namespace Flowserv.Engine.Tests.Execution.Processes;

/// <summary>
/// What <c>ps</c> says about processes: an oracle independent of the runner's own <c>/proc</c> reading.
/// Zombies are dead and are told apart: orphans wait as zombies until init reaps them.
/// </summary>
internal static class ProcessTable
{
    public static IReadOnlyList<int> LiveProcessesInGroup(int groupId) =>
        [.. List().Where(p => p.GroupId == groupId && !p.IsZombie).Select(p => p.Id)];

    public static IReadOnlyList<int> ZombieChildrenOf(int parentId) =>
        [.. List().Where(p => p.ParentId == parentId && p.IsZombie).Select(p => p.Id)];

    public static bool IsLive(int processId) => List().Any(p => p.Id == processId && !p.IsZombie);

    /// <summary>Polls until no live process is left in the group, or returns the survivors once the bound passes.</summary>
    public static async Task<IReadOnlyList<int>> SurvivorsInGroupAfter(int groupId, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var survivors = LiveProcessesInGroup(groupId);
            if (survivors.Count == 0 || watch.Elapsed > bound)
            {
                return survivors;
            }
            await Task.Delay(20);
        }
    }

    private static List<(int Id, int ParentId, int GroupId, bool IsZombie)> List()
    {
        var startInfo = new ProcessStartInfo("ps", ["-e", "-o", "pid=,ppid=,pgid=,stat="])
        {
            RedirectStandardOutput = true,
        };
        using var ps = Process.Start(startInfo)!;
        var output = ps.StandardOutput.ReadToEnd();
        ps.WaitForExit();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];
    }

    private static (int, int, int, bool) Parse(string row)
    {
        var fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (Number(fields[0]), Number(fields[1]), Number(fields[2]), fields[3].StartsWith('Z'));
    }

    // A process that ends while ps reads it can show an unreadable id as (unsigned) -1; it matches no real id.
    private static int Number(string text) => unchecked((int)long.Parse(text, CultureInfo.InvariantCulture));
}
