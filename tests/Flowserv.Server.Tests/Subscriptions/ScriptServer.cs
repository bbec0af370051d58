using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution;
using Flowserv.Engine.Tests.Services.Support;
using Flowserv.GraphQL.Relay;
using Flowserv.Server.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Server.Tests.Subscriptions;

/// <summary>
/// A running server (<see cref="KestrelServer"/>, default authentication) with the script benchmark
/// (<see cref="ScriptTemplate"/>) installed, a group owned by <see cref="OwnerToken"/>'s user and a signed-in
/// outsider. The data is prepared through the engine services; runs execute on the server's own scheduler and
/// are followed over WebSockets only.
/// </summary>
public sealed class ScriptServer : IAsyncLifetime
{
    private readonly TempDirectory templates = new();
    private Caller owner = Caller.Anonymous;

    public KestrelServer Server { get; private set; } = null!;

    public string OwnerToken { get; private set; } = "";

    public string OutsiderToken { get; private set; } = "";

    public string GroupId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Server = KestrelServer.Start();
        // The first user registered is the administrator who installs the benchmark.
        OwnerToken = await SignUpAsync("owner");
        OutsiderToken = await SignUpAsync("outsider");
        owner = await CallAsync<UserService, Caller>(users => users.AuthenticateAsync(OwnerToken));
        var folder = TemplateFolder.Write(templates.Path, "script", ScriptTemplate.Text, "Script");
        var workflow = await CallAsync<WorkflowService, Workflow>(workflows => workflows.CreateFromFolderAsync(owner, folder));
        GroupId = (await CallAsync<GroupService, WorkflowGroup>(groups => groups.CreateAsync(owner, workflow.Id, "Scripts"))).Id;
    }

    /// <summary>Starts a run of <paramref name="script"/> in the owner's group; returns its Relay id.</summary>
    public async Task<string> StartRunAsync(string script)
    {
        var run = await CallAsync<RunService, Run>(runs => runs.StartAsync(owner, GroupId, [new RunArgument("script", script)]));
        return GlobalId.Serialize("Run", run.Id);
    }

    /// <summary>The run's whole stored log, as text lines in order.</summary>
    public async Task<List<string>> StoredLogAsync(string runId)
    {
        var rawId = GlobalId.Parse(runId, "Run");
        return await CallAsync<FlowservDbContext, List<string>>(db =>
            Task.FromResult(db.RunLogLines.Where(line => line.RunId == rawId).OrderBy(line => line.Sequence).Select(line => line.Text).ToList()));
    }

    public Task<LiveSubscription> SubscribeAsync(string token, string query, object variables) =>
        LiveSubscription.StartAsync(Server.WebSocketEndpoint, token, query, variables);

    public Task DisposeAsync()
    {
        Server.Dispose();
        templates.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> SignUpAsync(string name)
    {
        await CallAsync<UserService, UserAccount>(users => users.RegisterAsync(name, "secret", verify: false));
        return (await CallAsync<UserService, LoginResult>(users => users.LoginAsync(name, "secret"))).Token;
    }

    private async Task<T> CallAsync<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
