using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution.Workers;

/// <summary>Turns one command of a container step into what the process runner executes on the step's worker.</summary>
public static class WorkerCommands
{
    public static ProcessCommand Build(WorkerSpec worker, ContainerAction action, string command, string runDirectory, TimeSpan? timeout)
    {
        var environment = new Dictionary<string, string>(worker.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in action.Environment)
        {
            environment[name] = value;
        }
        return worker.Type switch
        {
            WorkerType.Subprocess => new ProcessCommand(command, runDirectory)
            {
                Environment = new ProcessEnvironment(environment),
                Timeout = timeout,
            },
            // The variables belong to the container; the docker client itself needs the server's PATH and socket settings.
            WorkerType.Docker => new ProcessCommand(DockerCommandLine.Build(action.Image, command, runDirectory, environment), runDirectory)
            {
                Timeout = timeout,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(worker), worker.Type, "unknown worker type"),
        };
    }
}
