namespace Flowserv.Engine.Execution.Workers;

/// <summary>
/// A configured worker (flowServ's <c>workers</c> entry): <see cref="Environment"/> is given to the step's
/// commands (the step's own <c>env</c> wins), <see cref="Variables"/> fill <c>${...}</c> placeholders
/// such as <c>${python}</c> before the workflow context does.
/// </summary>
public sealed record WorkerSpec(
    string Name,
    WorkerType Type,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The worker of steps that no configuration names: a subprocess with the server's environment.</summary>
    public static WorkerSpec Default { get; } = new("default", WorkerType.Subprocess, new Dictionary<string, string>(), new Dictionary<string, string>());
}
