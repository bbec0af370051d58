using Flowserv.Engine.Configuration;
using Flowserv.Engine.Execution.Workers;

namespace Flowserv.Engine.Execution;

/// <summary>How runs execute on this node.</summary>
public sealed record RunExecutionOptions
{
    /// <summary>Wall-clock limit of each step command; null means none, as in flowServ.</summary>
    public TimeSpan? StepTimeout { get; init; }

    /// <summary>Which worker runs which step; every step runs as a subprocess by default.</summary>
    public WorkerConfiguration Workers { get; init; } = WorkerConfiguration.Empty;

    /// <summary>The options the engine settings describe; reads the engine configuration file if one is named.</summary>
    public static RunExecutionOptions From(EngineOptions options) => new()
    {
        StepTimeout = options.StepTimeout,
        Workers = options.SerialEngineConfigFile is { } path ? WorkerConfigurationFile.Read(path) : WorkerConfiguration.Empty,
    };
}
