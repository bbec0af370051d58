using System.Text;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Server.Tests;

/// <summary>
/// A server with a group of one member (<see cref="OwnerToken"/>), a signed-in outsider, an upload, a
/// successful run with two retained files, a failed run, and a post-processing run of the sample
/// workflow. Users and uploads go through the engine services; finished runs are written like the run
/// executor leaves them, so no test depends on running a workflow.
/// </summary>
public sealed class DownloadFixture : IAsyncLifetime
{
    public const string UploadName = "names.txt";
    public const string UploadContent = "Alice\nBob\nClaire\n";

    public static readonly IReadOnlyDictionary<string, string> RunFiles = new Dictionary<string, string>
    {
        ["results/greetings.txt"] = "Hello Alice!\nHello Bob!\n",
        ["results/analytics.json"] = """{"avg_count": 2}""",
    };

    public static readonly IReadOnlyDictionary<string, string> PostprocFiles = new Dictionary<string, string>
    {
        ["results/compare.json"] = """[{"id": "r1"}]""",
    };

    public ServerFactory Server { get; } = new();

    public string OwnerToken { get; private set; } = "";

    public string OutsiderToken { get; private set; } = "";

    public string WorkflowId { get; private set; } = "";

    public string GroupId { get; private set; } = "";

    public string UploadId { get; private set; } = "";

    public string RunId { get; private set; } = "";

    public string FailedRunId { get; private set; } = "";

    public IReadOnlyDictionary<string, string> RunFileIds { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserService>();
        var owner = await SignUpAsync(users, "owner");
        OutsiderToken = (await SignUpAsync(users, "outsider")).Token;
        OwnerToken = owner.Token;
        var caller = await users.AuthenticateAsync(OwnerToken);
        var workflow = (await services.GetRequiredService<WorkflowService>().ListAsync()).Single();
        WorkflowId = workflow.Id;
        GroupId = (await services.GetRequiredService<GroupService>().CreateAsync(caller, WorkflowId, "team")).Id;
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(UploadContent));
        UploadId = (await services.GetRequiredService<UploadService>().UploadAsync(caller, GroupId, UploadName, content)).Id;

        var db = services.GetRequiredService<FlowservDbContext>();
        var store = services.GetRequiredService<FileStore>();
        var run = await AddRunAsync(db, store, workflow, GroupId, RunState.Success, RunFiles);
        RunId = run.Id;
        RunFileIds = run.Files.ToDictionary(file => file.Key, file => file.Id);
        FailedRunId = (await AddRunAsync(db, store, workflow, GroupId, RunState.Error, new Dictionary<string, string>())).Id;
        var postproc = await AddRunAsync(db, store, workflow, groupId: null, RunState.Success, PostprocFiles);
        db.Workflows.Attach(workflow).Entity.PostprocRunId = postproc.Id;
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<LoginResult> SignUpAsync(UserService users, string name)
    {
        await users.RegisterAsync(name, "secret", verify: false);
        return await users.LoginAsync(name, "secret");
    }

    private static async Task<Run> AddRunAsync(
        FlowservDbContext db, FileStore store, Workflow workflow, string? groupId, RunState state, IReadOnlyDictionary<string, string> files)
    {
        var runId = Identifiers.NewId();
        var run = new Run
        {
            Id = runId,
            WorkflowId = workflow.Id,
            GroupId = groupId,
            State = state,
            CreatedAt = DateTime.UtcNow,
            ArgumentsJson = "[]",
            WorkflowDigest = workflow.Digest,
            Files = files.Select(file => new RunFile
            {
                Id = Identifiers.NewId(),
                RunId = runId,
                Key = file.Key,
                MimeType = MimeTypes.Guess(file.Key),
                Size = Encoding.UTF8.GetByteCount(file.Value),
            }).ToList(),
        };
        foreach (var (key, text) in files)
        {
            var path = Path.Combine(store.RunOutputDirectory(workflow.Id, runId), key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        return run;
    }
}
