namespace Flowserv.Engine.Data;

public static class RunStateExtensions
{
    /// <summary>PENDING and RUNNING runs can still change; the others are final.</summary>
    public static bool IsActive(this RunState state) => state is RunState.Pending or RunState.Running;

    /// <summary>The flowServ spelling stored in the database and shown to users.</summary>
    public static string ToCode(this RunState state) => state.ToString().ToUpperInvariant();
}
