namespace Flowserv.Engine.Execution.Processes;

public enum ProcessOutputStream
{
    StandardOutput,
    StandardError,
}
