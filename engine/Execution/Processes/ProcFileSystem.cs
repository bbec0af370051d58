using System.Globalization;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>Reads process states from Linux's <c>/proc</c>, the only place that tells a zombie from a live process.</summary>
internal static class ProcFileSystem
{
    public static bool AnyLiveProcessInGroup(int groupId)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && ReadStat(directory) is { } stat
                && stat.GroupId == groupId
                && stat.State is not ('Z' or 'X'))
            {
                return true;
            }
        }
        return false;
    }

    private static (char State, int GroupId)? ReadStat(string processDirectory)
    {
        string stat;
        try
        {
            stat = File.ReadAllText(Path.Combine(processDirectory, "stat"));
        }
        catch (IOException)
        {
            return null; // The process ended while the directory was being listed.
        }
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so parse after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ', 4);
        return (fields[0][0], int.Parse(fields[2], CultureInfo.InvariantCulture));
    }
}
