using System.Text.Json;
using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.Server.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Cluster.Tests;

/// <summary>
/// Two server processes, A and B, on one PostgreSQL database and one data folder, as docker-compose.yml runs
/// them. Tests drive them through their public API (<see cref="Api"/>, <see cref="ServerProcess.Subscriptions"/>);
/// this process also holds an observer, an engine over the same database and folder whose scheduler never
/// starts, which installs the script benchmark and reads what the database stored.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    /// <summary>Short, so a dead node's runs are taken over within seconds (FLOWSERV_CLUSTER_CHECKIN_MS).</summary>
    public static readonly TimeSpan Checkin = TimeSpan.FromSeconds(1);

    private static readonly Caller Open = new(User.DefaultUserId, User.DefaultUserId, true);

    private readonly ClusterDatabase database;
    private readonly string folder;
    private readonly ServiceProvider observer;
    private readonly HttpClient http = new();

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

    /// <summary>The group's id in the API.</summary>
    public string GroupId => GlobalId.Serialize("Group", Group.Id);

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
        try
        {
            await Task.WhenAll(a.WaitUntilHealthyAsync(), b.WaitUntilHealthyAsync());
        }
        catch
        {
            // The test never gets the cluster, so nothing else would stop a node that did start.
            await a.DisposeAsync();
            await b.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
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

    /// <summary>GraphQL over HTTP to <paramref name="node"/>, as the open mode's anonymous user.</summary>
    public FlowservClient Api(ServerProcess node) => new(http, node.GraphQL);

    /// <summary>
    /// Submits a run of the script benchmark with <c>startRun</c> on <paramref name="node"/>; whichever node has
    /// a free thread first executes it. Returns the run's id.
    /// </summary>
    public async Task<string> StartRunAsync(ServerProcess node, string script)
    {
        var data = await Api(node).QueryAsync(
            "mutation ($input: StartRunInput!) { startRun(input: $input) { run { id } errors { code message } } }",
            new { input = new { groupId = GroupId, arguments = new[] { new { name = "script", value = script } } } });
        var payload = data.GetProperty("startRun");
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"startRun failed: {payload}");
        return payload.GetProperty("run").GetProperty("id").GetString()!;
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
        http.Dispose();
        await A.DisposeAsync();
        await B.DisposeAsync();
        await observer.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
