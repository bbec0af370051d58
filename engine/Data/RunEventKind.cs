namespace Flowserv.Engine.Data;

public enum RunEventKind
{
    Created,
    StateChanged,
    StepChanged,
    Deleted,
}
