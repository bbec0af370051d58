namespace Flowserv.Engine.Execution.Processes;

public enum ProcessCompletion
{
    /// <summary>The shell exited by itself; its exit code is the step's.</summary>
    Exited,

    /// <summary>The command's timeout passed and the runner stopped the process tree.</summary>
    TimedOut,

    /// <summary>The caller's cancellation token fired and the runner stopped the process tree.</summary>
    Canceled,
}
