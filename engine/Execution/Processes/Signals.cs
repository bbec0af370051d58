using System.Runtime.InteropServices;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// <c>kill(2)</c>: .NET can signal a process but not a process group, and only a group signal reaches the
/// children a step leaves behind once the shell itself is gone.
/// </summary>
internal static partial class Signals
{
    public const int Probe = 0;
    public const int Terminate = 15;
    public const int Kill = 9;

    private const int NoSuchProcess = 3;

    /// <summary>False when nothing received the signal because no such process (group) exists.</summary>
    public static bool SendToGroup(int groupId, int signal) => Send(-groupId, signal);

    public static bool SendToProcess(int processId, int signal) => Send(processId, signal);

    private static bool Send(int target, int signal) =>
        NativeMethods.kill(target, signal) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks in the project; kill has only blittable arguments.
        public static extern int kill(int pid, int sig);
#pragma warning restore SYSLIB1054
    }
}
