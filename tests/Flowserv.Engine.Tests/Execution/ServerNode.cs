using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// A server node as the host builds it: the engine with its Quartz scheduler and hosted services started,
/// over the database and file store of an existing test engine. Disposing it is a shutdown; a new node
/// over the same folder is a restart.
/// </summary>
internal sealed class ServerNode : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly List<IHostedService> hosted;

    private ServerNode(ServiceProvider provider)
    {
        this.provider = provider;
        hosted = [.. provider.GetServices<IHostedService>()];
    }

    public static async Task<ServerNode> StartAsync(EngineOptions engine, int maxConcurrentRuns = 4)
    {
        var options = new EngineOptions
        {
            ApiDirectory = engine.ApiDirectory,
            Database = engine.Database,
            AuthMode = engine.AuthMode,
            InstallSampleWorkflow = false,
            MaxConcurrentRuns = maxConcurrentRuns,
        };
        var services = new ServiceCollection().AddLogging().AddFlowservEngine(options);
        var node = new ServerNode(services.BuildServiceProvider());
        foreach (var service in node.hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }
        return node;
    }

    public T Get<T>()
        where T : notnull => provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>The run's first event in a final state, read from its stream.</summary>
    public async Task<RunEvent> WaitForEndAsync(string runId, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        await foreach (var runEvent in Get<IRunEventBus>().SubscribeAsync(Engine.Execution.Events.RunEventStreams.Run(runId), 0, cancel.Token))
        {
            if (!runEvent.State.IsActive())
            {
                return runEvent;
            }
        }
        throw new InvalidOperationException("the run stream ended");
    }

    /// <summary>Stops the hosted services as a host does at shutdown; disposing stops them again.</summary>
    public async Task StopAsync()
    {
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await provider.DisposeAsync();
    }
}
