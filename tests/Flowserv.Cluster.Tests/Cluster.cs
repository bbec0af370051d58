using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Cluster.Tests;

/// <summary>
/// Two server processes, A and B, on one PostgreSQL database and one data folder, as docker-compose.yml runs
/// them, plus this process as an observer: an engine over the same database and folder whose scheduler never
/// starts, so it executes nothing. It submits runs into the cluster's shared job store (as a startRun on any
/// node would) and follows their events through its own PostgreSQL event bus, i.e. as a third node.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    /// <summary>Short, so a dead node's runs are taken over within seconds (FLOWSERV_CLUSTER_CHECKIN_MS).</summary>
    public static readonly TimeSpan Checkin = TimeSpan.FromSeconds(1);

    private static readonly Caller Open = new(User.DefaultUserId, User.DefaultUserId, true);

    private readonly ClusterDatabase database;
    private readonly string folder;
    private readonly ServiceProvider observer;

    private Cluster(ClusterDatabase database, string folder, ServerProcess a, ServerProcess b, ServiceProvider observer, WorkflowGroup group)
    {
        this.database = database;
        this.folder = folder;
        A = a;
        B = b;
        this.observer = observer;
        Group = group;
    }

    public ServerProcess A { get; }

    public ServerProcess B { get; }

    /// <summary>The group of a benchmark whose runs execute the shell script given as their argument.</summary>
    public WorkflowGroup Group { get; }

    /// <summary>Starts both nodes at once on an empty database (both migrate it), then installs the script benchmark.</summary>
    public static async Task<Cluster> StartAsync()
    {
        var database = await ClusterDatabase.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("flowserv-cluster-").FullName;
        var settings = new Dictionary<string, string>
        {
            [EnvironmentVariables.Database] = database.ConnectionString,
            [EnvironmentVariables.ApiDirectory] = Path.Combine(folder, "api"),
            [EnvironmentVariables.Auth] = "open",
            [EnvironmentVariables.ClusterCheckin] = ((int)Checkin.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [EnvironmentVariables.MaxConcurrentRuns] = "2",
        };
        var a = ServerProcess.Start("A", settings);
        var b = ServerProcess.Start("B", settings);
        await Task.WhenAll(a.WaitUntilHealthyAsync(), b.WaitUntilHealthyAsync());
        var options = new EngineOptions
        {
            ApiDirectory = settings[EnvironmentVariables.ApiDirectory],
            Database = DatabaseSettings.Parse(database.ConnectionString, folder),
            AuthMode = AuthMode.Open,
            InstallSampleWorkflow = false,
            ClusterCheckin = Checkin,
        };
        var observer = new ServiceCollection().AddLogging().AddFlowservEngine(options).BuildServiceProvider();
        var template = Path.Combine(folder, "script-template");
        Directory.CreateDirectory(template);
        await File.WriteAllTextAsync(Path.Combine(template, "benchmark.yaml"), ScriptTemplate.Text);
        await File.WriteAllTextAsync(Path.Combine(template, "flowserv.yaml"), "name: 'Script'\nspecfile: benchmark.yaml\n");
        await using var scope = observer.CreateAsyncScope();
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowService>().CreateFromFolderAsync(Open, template);
        var group = await scope.ServiceProvider.GetRequiredService<GroupService>().CreateAsync(Open, workflow.Id, "Cluster");
        return new Cluster(database, folder, a, b, observer, group);
    }

    public T Get<T>()
        where T : notnull => observer.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>Submits a run of the script benchmark; whichever node has a free thread first executes it.</summary>
    public async Task<Run> StartRunAsync(string script)
    {
        await using var scope = observer.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunService>().StartAsync(Open, Group.Id, [new RunArgument("script", script)]);
    }

    public async Task<Run> GetRunAsync(string runId)
    {
        await using var scope = observer.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunService>().GetAsync(Open, runId);
    }

    /// <summary>What both nodes printed, for failure messages.</summary>
    public string Output => $"--- node A ---\n{A.Output}\n--- node B ---\n{B.Output}";

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await observer.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
