using System.Text;
using System.Text.Json;
using static Flowserv.Server.Tests.EndToEnd.MutationPayloads;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// The end-to-end story, told only over HTTP and WebSockets against a running server: two users
/// register and sign in (the first is the administrator), the administrator installs the Hello World
/// benchmark from an uploaded archive, creates a group, uploads a names file and starts three runs with
/// different greetings. One run is followed live (<c>runUpdated</c>, <c>runLog</c>) and the leaderboard is
/// watched (<c>leaderboardChanged</c>) from before any run ends; the streams are kept for the tests to judge,
/// each on its own, once every run has ended.
/// </summary>
public sealed class HelloWorldBenchmark : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    public const string GroupName = "owner's submission";

    public static readonly IReadOnlyList<string> Names = ["Alice", "Bob", "Claire"];

    /// <summary>Followed live; it sleeps a little after each greeting so its log arrives while it runs.</summary>
    public static readonly HelloWorldSubmission Followed = new("Hello", Names, SleepTime: 0.5);

    /// <summary>Every submission, in the order they are started; the longest greeting ranks first.</summary>
    public static readonly IReadOnlyList<HelloWorldSubmission> Submissions =
        [Followed, new("Hi", Names, SleepTime: 0), new("Greetings", Names, SleepTime: 0)];

    // A run may wait for a worker behind the others on a busy two-core machine.
    private static readonly TimeSpan RunPatience = TimeSpan.FromMinutes(5);

    private readonly HttpClient http = new();

    private readonly Dictionary<HelloWorldSubmission, string> runIds = [];

    public KestrelServer Server { get; private set; } = null!;

    public FlowservClient Anonymous { get; private set; } = null!;

    /// <summary>The first registered user: administrator, group owner.</summary>
    public FlowservClient Owner { get; private set; } = null!;

    /// <summary>Registered second; not a member of the owner's group.</summary>
    public FlowservClient Outsider { get; private set; } = null!;

    public const string WorkflowName = "Hello World (uploaded)";

    /// <summary>The createWorkflow payload's workflow.</summary>
    public JsonElement Workflow { get; private set; }

    public string WorkflowId => Workflow.GetProperty("id").GetString()!;

    public string GroupId { get; private set; } = "";

    /// <summary>The uploadFile payload's file.</summary>
    public JsonElement NamesFile { get; private set; }

    public static string NamesFileContent => string.Concat(Names.Select(name => name + "\n"));

    public static HelloWorldSubmission Best => Submissions.MaxBy(submission => submission.AvgCount)!;

    /// <summary><c>runUpdated</c> events of <see cref="Followed"/>, up to completion.</summary>
    public Task<List<JsonElement>> FollowedRunUpdates { get; private set; } = null!;

    /// <summary><c>runLog</c> lines of <see cref="Followed"/>, up to completion.</summary>
    public Task<List<JsonElement>> FollowedRunLog { get; private set; } = null!;

    /// <summary><c>leaderboardChanged</c> events up to the first that ranks <see cref="Best"/> first.</summary>
    public Task<List<JsonElement>> LeaderboardEvents { get; private set; } = null!;

    public string RunId(HelloWorldSubmission submission) => runIds[submission];

    public async Task InitializeAsync()
    {
        Server = KestrelServer.Start();
        Anonymous = new FlowservClient(http, Server.GraphQLEndpoint);
        Owner = await SignUpAsync("owner@example.org");
        Outsider = await SignUpAsync("outsider@example.org");
        Workflow = await InstallWorkflowAsync();
        GroupId = await CreateGroupAsync();
        NamesFile = await UploadNamesAsync();

        var leaderboard = await SubscribeAsync(
            "subscription ($workflowId: ID!) { leaderboardChanged(workflowId: $workflowId) { sequence workflow { id } leaderboard { entries { rank run { id } values { name value } } } } }",
            new { workflowId = WorkflowId });
        LeaderboardEvents = ReadAsync(leaderboard, subscription => subscription.ReadUntilAsync(RanksBestFirst));

        runIds[Followed] = await StartRunAsync(Followed);
        var updates = await SubscribeAsync(
            "subscription ($runId: ID!) { runUpdated(runId: $runId) { sequence kind run { id state } } }",
            new { runId = RunId(Followed) });
        FollowedRunUpdates = ReadAsync(updates, subscription => subscription.ReadToCompletionAsync());
        var log = await SubscribeAsync(
            "subscription ($runId: ID!) { runLog(runId: $runId) { sequence step stream text timestamp } }",
            new { runId = RunId(Followed) });
        FollowedRunLog = ReadAsync(log, subscription => subscription.ReadToCompletionAsync());

        foreach (var submission in Submissions.Where(submission => submission != Followed))
        {
            runIds[submission] = await StartRunAsync(submission);
        }

        foreach (var runId in runIds.Values)
        {
            await WaitUntilEndedAsync(runId);
        }
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh subscription, as the owner unless <paramref name="user"/> is given.</summary>
    public Task<LiveSubscription> SubscribeAsync(string query, object variables, FlowservClient? user = null) =>
        LiveSubscription.StartAsync(Server.WebSocketEndpoint, (user ?? Owner).Token, query, variables);

    /// <summary>
    /// Asks every half second until <paramref name="read"/> accepts what it observed; fails after the run
    /// patience, showing the last observation.
    /// </summary>
    public static async Task<JsonElement> EventuallyAsync(string what, Func<Task<(JsonElement Observed, bool Accepted)>> read)
    {
        var deadline = DateTime.UtcNow + RunPatience;
        JsonElement observed;
        do
        {
            (observed, var accepted) = await read();
            if (accepted)
            {
                return observed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        while (DateTime.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"Gave up waiting for {what} after {RunPatience}; last seen: {observed}");
    }

    private static bool RanksBestFirst(JsonElement data)
    {
        var entries = data.GetProperty("leaderboardChanged").GetProperty("leaderboard").GetProperty("entries");
        return entries.GetArrayLength() > 0
            && entries[0].GetProperty("values").EnumerateArray().Any(value =>
                value.GetProperty("name").GetString() == "avg_count"
                && Math.Abs(value.GetProperty("value").GetDouble() - Best.AvgCount) < 1e-9);
    }

    private static async Task<List<JsonElement>> ReadAsync(LiveSubscription subscription, Func<LiveSubscription, Task<List<JsonElement>>> read)
    {
        await using (subscription)
        {
            return await read(subscription);
        }
    }

    private async Task<FlowservClient> SignUpAsync(string username)
    {
        var credentials = new { username, password = Password };
        Succeeded(
            await Anonymous.QueryAsync(
                "mutation ($input: RegisterUserInput!) { registerUser(input: $input) { user { id username } errors { code message } } }",
                new { input = credentials }),
            "registerUser");
        var login = Succeeded(
            await Anonymous.QueryAsync(
                "mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { username } errors { code message } } }",
                new { input = credentials }),
            "login");
        return Anonymous.SignedInAs(login.GetProperty("token").GetString()!);
    }

    private async Task<JsonElement> InstallWorkflowAsync()
    {
        var data = await Owner.UploadAsync(
            """
            mutation ($input: CreateWorkflowInput!) {
              createWorkflow(input: $input) {
                workflow {
                  id name
                  parameters { name dtype index isRequired defaultValue ... on FileParameter { target } }
                  resultSchema { file columns { name dtype required } orderBy { name sortDesc } }
                }
                errors { code message }
              }
            }
            """,
            new { input = new { archive = (object?)null, name = WorkflowName } },
            "variables.input.archive",
            "helloworld.zip",
            "application/zip",
            HelloWorldTemplate.Zip());
        return Succeeded(data, "createWorkflow").GetProperty("workflow");
    }

    private async Task<string> CreateGroupAsync()
    {
        var data = await Owner.QueryAsync(
            "mutation ($input: CreateGroupInput!) { createGroup(input: $input) { group { id name } errors { code message } } }",
            new { input = new { workflowId = WorkflowId, name = GroupName } });
        return Succeeded(data, "createGroup").GetProperty("group").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> UploadNamesAsync()
    {
        var data = await Owner.UploadAsync(
            "mutation ($input: UploadFileInput!) { uploadFile(input: $input) { file { id name size mimeType downloadUrl } errors { code message } } }",
            new { input = new { groupId = GroupId, file = (object?)null } },
            "variables.input.file",
            "names.txt",
            "text/plain",
            Encoding.UTF8.GetBytes(NamesFileContent));
        return Succeeded(data, "uploadFile").GetProperty("file");
    }

    /// <summary>The <c>startRun</c> input of a submission to the group, with the uploaded names file.</summary>
    public object StartRunInput(HelloWorldSubmission submission)
    {
        object[] arguments =
        [
            new { name = "names", file = new { fileId = NamesFile.GetProperty("id").GetString() } },
            new { name = "greeting", value = submission.Greeting },
            new { name = "sleeptime", value = submission.SleepTime },
        ];
        return new { groupId = GroupId, arguments };
    }

    private async Task<string> StartRunAsync(HelloWorldSubmission submission)
    {
        var data = await Owner.QueryAsync(
            "mutation ($input: StartRunInput!) { startRun(input: $input) { run { id state } errors { code message } } }",
            new { input = StartRunInput(submission) });
        return Succeeded(data, "startRun").GetProperty("run").GetProperty("id").GetString()!;
    }

    private Task<JsonElement> WaitUntilEndedAsync(string runId) =>
        EventuallyAsync($"run {runId} to end", async () =>
        {
            var run = (await Owner.QueryAsync("query ($id: ID!) { run(id: $id) { state messages } }", new { id = runId })).GetProperty("run");
            return (run, run.GetProperty("state").GetString() is not ("PENDING" or "RUNNING"));
        });
}
