namespace Flowserv.Engine.Data;

public enum RunState
{
    Pending,
    Running,
    Canceled,
    Error,
    Success,
}
