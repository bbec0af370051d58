using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Server.Tests;

/// <summary>
/// The engine's services in the test process over a server's API folder and a fresh <see cref="TestDatabase"/>,
/// for setting up and inspecting what a <see cref="ServerProcess"/> works on through the same database. It
/// executes nothing: a run started here stays PENDING without a job, as after a crash right after its commit,
/// until a server's start-up recovery submits it.
/// </summary>
internal sealed class FolderEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly List<AsyncServiceScope> scopes = [];

    private FolderEngine(string apiDirectory, TestDatabase database, ServiceProvider provider)
    {
        ApiDirectory = apiDirectory;
        Database = database;
        this.provider = provider;
    }

    public string ApiDirectory { get; }

    public TestDatabase Database { get; }

    /// <summary>Everyone is this caller when the server runs with <c>FLOWSERV_AUTH=open</c>.</summary>
    public static Caller OpenCaller { get; } = new(User.DefaultUserId, User.DefaultUserId, true);

    public static async Task<FolderEngine> CreateAsync()
    {
        var apiDirectory = Path.Combine(Path.GetTempPath(), "flowserv-server-tests-" + Guid.NewGuid().ToString("N"));
        var database = await TestDatabase.CreateAsync(apiDirectory);
        var services = new ServiceCollection()
            .AddSingleton<IRunScheduler, NoScheduler>()
            .AddFlowservEngine(new EngineOptions { ApiDirectory = apiDirectory, Database = database.Settings, AuthMode = AuthMode.Open, InstallSampleWorkflow = false });
        var engine = new FolderEngine(apiDirectory, database, services.BuildServiceProvider());
        await engine.provider.GetRequiredService<EngineInitializer>().InitializeAsync();
        return engine;
    }

    /// <summary>A service from a new scope, like a new request: nothing is served from an earlier change tracker.</summary>
    public T Get<T>()
        where T : notnull
    {
        var scope = provider.CreateAsyncScope();
        scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
        await provider.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(ApiDirectory))
        {
            Directory.Delete(ApiDirectory, recursive: true);
        }
    }

    private sealed class NoScheduler : IRunScheduler
    {
        public Task ScheduleAsync(string runId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task CancelAsync(string runId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
