using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Execution.Workers;

/// <summary>
/// flowServ's engine configuration of workers: the named workers and which step runs on which
/// (<c>workflow: [{step, worker}]</c>); steps not mapped run on <see cref="WorkerSpec.Default"/>.
/// </summary>
public sealed class WorkerConfiguration
{
    private readonly Dictionary<string, WorkerSpec> workers;
    private readonly Dictionary<string, string> stepWorkers;

    public WorkerConfiguration(IEnumerable<WorkerSpec> workers, IReadOnlyDictionary<string, string> stepWorkers)
    {
        this.workers = workers.ToDictionary(w => w.Name, StringComparer.Ordinal);
        this.stepWorkers = new Dictionary<string, string>(stepWorkers, StringComparer.Ordinal);
        var unknown = this.stepWorkers.Values.FirstOrDefault(name => !this.workers.ContainsKey(name));
        if (unknown is not null)
        {
            throw new InvalidConfigurationException("the worker of a step (no such worker)", unknown);
        }
    }

    public static WorkerConfiguration Empty { get; } = new([], new Dictionary<string, string>());

    public WorkerSpec For(string stepName) =>
        stepWorkers.TryGetValue(stepName, out var worker) ? workers[worker] : WorkerSpec.Default;
}
