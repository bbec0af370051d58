using Flowserv.Engine.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// A second engine over the database and files of a test engine, as another server process would build it,
/// without starting its run scheduler: enough to follow events through its own bus.
/// </summary>
internal sealed class ListeningNode(ServiceProvider provider) : IAsyncDisposable
{
    public static ListeningNode Create(EngineOptions engine, bool installSample = false)
    {
        var options = new EngineOptions
        {
            ApiDirectory = engine.ApiDirectory,
            Database = engine.Database,
            InstallSampleWorkflow = installSample,
            // Quartz keeps schedulers in a process-wide registry by name; this one never starts.
            SchedulerName = "listening-node-" + Guid.NewGuid().ToString("N"),
        };
        return new ListeningNode(new ServiceCollection().AddLogging().AddFlowservEngine(options).BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
