using Flowserv.Engine.Configuration;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution.Workers;

/// <summary>
/// Reads flowServ's engine configuration document (YAML, or JSON for <c>.json</c>; C.10): <c>workers:
/// [{name, type, env?, variables?}]</c> with <c>env</c>/<c>variables</c> as <c>[{key, value}]</c> (the schema's
/// <c>vars</c> is accepted too) and <c>workflow: [{step, worker}]</c>. Only the subprocess and docker workers
/// exist here; volumes are not needed because every step shares the run folder.
/// </summary>
public static class WorkerConfigurationFile
{
    public static WorkerConfiguration Read(string path)
    {
        var error = (string message) => new InvalidConfigurationException(EnvironmentVariables.SerialEngineConfig, $"{path}: {message}");
        var document = DocumentMap.From(ReadDocument(path, error), "engine configuration", error);
        var workers = document.Has("workers") ? document.GetList("workers").Select(item => ReadWorker(document.Nested(item, "worker"))).ToList() : [];
        var steps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Has("workflow") ? document.GetList("workflow") : [])
        {
            var mapping = document.Nested(item, "workflow entry");
            steps[mapping.RequireString("step")] = mapping.RequireString("worker");
        }
        return new WorkerConfiguration(workers, steps);
    }

    private static object? ReadDocument(string path, Func<string, Exception> error)
    {
        try
        {
            return DocumentReader.ReadFile(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or TemplateException)
        {
            throw error(failure.Message);
        }
    }

    private static WorkerSpec ReadWorker(DocumentMap worker)
    {
        var name = worker.RequireString("name");
        var type = worker.RequireString("type") switch
        {
            "subprocess" => WorkerType.Subprocess,
            "docker" => WorkerType.Docker,
            var other => throw worker.Error($"worker '{name}': unsupported type '{other}' (subprocess or docker)"),
        };
        return new WorkerSpec(name, type, KeyValues(worker, "env"), KeyValues(worker, "variables", "vars"));
    }

    private static Dictionary<string, string> KeyValues(DocumentMap worker, params string[] spellings) =>
        (worker.Has(spellings) ? worker.GetList(spellings) : [])
            .Select(item => worker.Nested(item, "key/value pair"))
            .ToDictionary(pair => pair.RequireString("key"), pair => pair.GetString("value") ?? string.Empty, StringComparer.Ordinal);
}
