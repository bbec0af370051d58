namespace Flowserv.Engine.Errors;

/// <summary>A referenced object does not exist (or, for users, is not active).</summary>
public sealed class UnknownObjectException : FlowservException
{
    private UnknownObjectException(string code, string kind, string id)
        : base(code, $"unknown {kind} '{id}'")
    {
        ObjectId = id;
    }

    public string ObjectId { get; }

    public static UnknownObjectException User(string id) => new(ErrorCodes.UnknownUser, "user", id);

    public static UnknownObjectException Workflow(string id) => new(ErrorCodes.UnknownWorkflow, "workflow", id);

    public static UnknownObjectException Group(string id) => new(ErrorCodes.UnknownGroup, "group", id);

    public static UnknownObjectException Run(string id) => new(ErrorCodes.UnknownRun, "run", id);

    public static UnknownObjectException File(string id) => new(ErrorCodes.UnknownFile, "file", id);

    public static UnknownObjectException Request(string id) => new(ErrorCodes.UnknownRequest, "request", id);
}
