using System.Diagnostics;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Tests.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// Recovery kills the step a killed server left running only where the recorded group id still means that
/// step: same boot, same PID namespace. Containers of a docker-compose cluster share the host's boot id but
/// not its PID namespace, so a group id recorded by another container must be left alone.
/// </summary>
public sealed class StepProcessFileTests : IDisposable
{
    private const string BootIdFile = "/proc/sys/kernel/random/boot_id";
    private const string PidNamespaceLink = "/proc/self/ns/pid";

    private readonly TempDirectory directory = new();
    private readonly Process orphan;

    public StepProcessFileTests()
    {
        // setsid makes the sleep the leader of a group of its own, as the runner does for a step.
        orphan = Process.Start("setsid", ["sleep", "60"]);
    }

    [Fact]
    public async Task AStepRecordedInThisBootAndPidNamespaceIsKilledAndForgotten()
    {
        var file = Recorded(text => text);

        await new StepProcessFile(file).StopOrphanAsync(TimeProvider.System);

        Assert.Empty(await ProcessTable.SurvivorsInGroupAfter(orphan.Id, TimeSpan.FromSeconds(30)));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task AStepRecordedInAnotherPidNamespaceOfTheSameBootIsLeftAlone()
    {
        var ownNamespace = new FileInfo(PidNamespaceLink).LinkTarget!;
        var file = Recorded(text => Replaced(text, ownNamespace, "pid:[4026532999]"));

        await new StepProcessFile(file).StopOrphanAsync(TimeProvider.System);

        Assert.True(ProcessTable.IsLive(orphan.Id), "a process of this namespace was killed for another namespace's step");
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task AStepRecordedInAnotherBootIsLeftAlone()
    {
        var file = Recorded(text => Replaced(text, File.ReadAllText(BootIdFile).Trim(), Guid.NewGuid().ToString()));

        await new StepProcessFile(file).StopOrphanAsync(TimeProvider.System);

        Assert.True(ProcessTable.IsLive(orphan.Id), "a process of this boot was killed for another boot's step");
        Assert.False(File.Exists(file));
    }

    public void Dispose()
    {
        if (!orphan.HasExited)
        {
            orphan.Kill();
            orphan.WaitForExit();
        }
        orphan.Dispose();
        directory.Dispose();
    }

    /// <summary>The file as the server wrote it for the orphan's group, then as <paramref name="elsewhere"/> has it.</summary>
    private string Recorded(Func<string, string> elsewhere)
    {
        var path = directory.Combine("run.step");
        new StepProcessFile(path).Record(orphan.Id);
        File.WriteAllText(path, elsewhere(File.ReadAllText(path)));
        return path;
    }

    private static string Replaced(string text, string part, string replacement)
    {
        Assert.Contains(part, text);
        return text.Replace(part, replacement, StringComparison.Ordinal);
    }
}
