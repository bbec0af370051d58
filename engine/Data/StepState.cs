namespace Flowserv.Engine.Data;

public enum StepState
{
    Pending,
    Running,
    Success,
    Error,
    Canceled,
    Skipped,
}
