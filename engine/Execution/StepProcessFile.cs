using System.Globalization;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Remembers, in a file beside the run folder, the process group of the step a run is executing. A server
/// that is killed outright cannot stop its steps, which run in sessions of their own; start-up recovery reads
/// the file and kills such an orphaned step before the run starts again, so an interrupted attempt neither
/// keeps running beside the next one nor writes into its folder. The file names the boot and the PID namespace
/// it was written in: after a reboot the step is gone anyway, and in another container sharing the store its
/// group id means someone else.
/// </summary>
internal sealed class StepProcessFile(string path)
{
    private const string BootIdFile = "/proc/sys/kernel/random/boot_id";
    private const string PidNamespaceLink = "/proc/self/ns/pid";
    private static readonly TimeSpan KillBound = TimeSpan.FromSeconds(10);

    // Neither part holds a space: a UUID, and a link target such as "pid:[4026531836]".
    private static readonly Lazy<string> ProcessSpace = new(() =>
        $"{File.ReadAllText(BootIdFile).Trim()}/{new FileInfo(PidNamespaceLink).LinkTarget}");

    public static StepProcessFile Of(FileStore store, string runId) => new(store.RunWorkDirectory(runId) + ".step");

    public void Record(int processGroupId) =>
        File.WriteAllText(path, $"{ProcessSpace.Value} {processGroupId.ToString(CultureInfo.InvariantCulture)}");

    public void Delete()
    {
        // File.Delete ignores a missing file but not a missing folder, which a run that never started lacks.
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Kills the recorded step if it was started in this boot and PID namespace, then forgets it.</summary>
    public async Task StopOrphanAsync(TimeProvider clock)
    {
        if (File.Exists(path)
            && File.ReadAllText(path).Split(' ') is [var space, var group]
            && space == ProcessSpace.Value)
        {
            await OrphanedProcessGroup.KillAsync(int.Parse(group, CultureInfo.InvariantCulture), KillBound, clock);
        }
        Delete();
    }
}
