using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Flowserv.Tests.Support.WebSockets;
using static Flowserv.Server.Tests.EndToEnd.MutationPayloads;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// What a front-end sees of the Hello World benchmark (see <see cref="HelloWorldBenchmark"/>), judged against
/// the public contract only: GraphQL over HTTP and graphql-transport-ws, and the download URLs it hands out.
/// </summary>
public sealed class HelloWorldEndToEndTests(HelloWorldBenchmark benchmark) : IClassFixture<HelloWorldBenchmark>
{
    private const string RunDetails =
        "query ($id: ID!) { run(id: $id) { id state messages group { id } results { name value } files { id key name size downloadUrl } archiveUrl } }";

    private static readonly string[] StateOrder = ["PENDING", "RUNNING", "SUCCESS"];

    [Fact]
    public async Task ServerAnnouncesDefaultAuthenticationAndItsUrl()
    {
        var anonymous = await benchmark.Anonymous.QueryAsync("{ service { authMode url } me { username } }");
        var owner = await benchmark.Owner.QueryAsync("{ me { username } }");

        Assert.Equal("DEFAULT", anonymous.GetProperty("service").GetProperty("authMode").GetString());
        Assert.Equal(benchmark.Server.BaseAddress, new Uri(anonymous.GetProperty("service").GetProperty("url").GetString()!));
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("me").ValueKind);
        Assert.Equal("owner@example.org", owner.GetProperty("me").GetProperty("username").GetString());
    }

    [Fact]
    public void WorkflowFromTheArchiveDeclaresTheBenchmark()
    {
        var workflow = benchmark.Workflow;
        var parameters = workflow.GetProperty("parameters").EnumerateArray()
            .Select(parameter => (parameter.GetProperty("name").GetString(), parameter.GetProperty("dtype").GetString()));
        var schema = workflow.GetProperty("resultSchema");

        Assert.Equal(HelloWorldBenchmark.WorkflowName, workflow.GetProperty("name").GetString());
        Assert.Equal([("names", "FILE"), ("sleeptime", "FLOAT"), ("greeting", "STRING")], parameters);
        Assert.Equal("data/names.txt", workflow.GetProperty("parameters")[0].GetProperty("target").GetString());
        Assert.Equal(HelloWorldTemplate.AnalyticsFile, schema.GetProperty("file").GetString());
        Assert.Equal(["avg_count", "max_len", "max_line"], schema.GetProperty("columns").EnumerateArray().Select(column => column.GetProperty("name").GetString()));
        Assert.Equal(
            [("avg_count", true), ("max_len", false)],
            schema.GetProperty("orderBy").EnumerateArray().Select(column => (column.GetProperty("name").GetString(), column.GetProperty("sortDesc").GetBoolean())));
    }

    [Fact]
    public async Task OnlyTheAdministratorInstallsWorkflows()
    {
        var data = await benchmark.Outsider.UploadAsync(
            "mutation ($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } errors { code message } } }",
            new { input = new { archive = (object?)null, name = "Not allowed" } },
            "variables.input.archive",
            "helloworld.zip",
            "application/zip",
            HelloWorldTemplate.Zip());

        Assert.Equal(["UNAUTHORIZED"], ErrorCodes(data, "createWorkflow"));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("createWorkflow").GetProperty("workflow").ValueKind);
    }

    [Fact]
    public async Task FollowedRunReportsItsStatesUntilSuccess()
    {
        var events = await benchmark.FollowedRunUpdates;

        var runs = events.Select(data => data.GetProperty("runUpdated").GetProperty("run")).ToList();
        Assert.All(runs, run => Assert.Equal(benchmark.RunId(HelloWorldBenchmark.Followed), run.GetProperty("id").GetString()));
        // The first event is the state at subscription time, so earlier states may lie in the past; states only move forward.
        var states = runs.Select(run => run.GetProperty("state").GetString()!).ToList();
        Assert.Equal("SUCCESS", states[^1]);
        Assert.Equal(states.OrderBy(state => Array.IndexOf(StateOrder, state)), states);
        Assert.All(states, state => Assert.Contains(state, StateOrder));
        AssertIncreasing(events.Select(data => data.GetProperty("runUpdated").GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task FollowedRunLogStreamsItsGreetings()
    {
        var lines = (await benchmark.FollowedRunLog).Select(data => data.GetProperty("runLog")).ToList();

        var stored = (await benchmark.Owner.QueryAsync(
                "query ($id: ID!) { run(id: $id) { log(first: 100) { totalCount nodes { sequence text } } } }",
                new { id = benchmark.RunId(HelloWorldBenchmark.Followed) }))
            .GetProperty("run").GetProperty("log");
        var greetings = lines
            .Where(line => line.GetProperty("stream").GetString() == "STDOUT" && line.GetProperty("step").GetString() == "say_hello")
            .Select(line => line.GetProperty("text").GetString());
        Assert.Equal(HelloWorldBenchmark.Followed.Lines, greetings);
        AssertIncreasing(lines.Select(line => line.GetProperty("sequence").GetInt64()));
        Assert.Equal(lines.Count, stored.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            lines.Select(line => (line.GetProperty("sequence").GetInt64(), line.GetProperty("text").GetString())),
            stored.GetProperty("nodes").EnumerateArray().Select(line => (line.GetProperty("sequence").GetInt64(), line.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task EveryRunSucceedsWithTheBenchmarkResults()
    {
        foreach (var submission in HelloWorldBenchmark.Submissions)
        {
            var run = await RunAsync(submission);

            Assert.True(run.GetProperty("state").GetString() == "SUCCESS", $"{submission.Greeting}: {run}");
            Assert.Equal(benchmark.GroupId, run.GetProperty("group").GetProperty("id").GetString());
            var results = run.GetProperty("results").EnumerateArray().ToDictionary(value => value.GetProperty("name").GetString()!, value => value.GetProperty("value"));
            Assert.Equal(submission.AvgCount, results["avg_count"].GetDouble(), 1e-9);
            Assert.Equal(submission.MaxLen, results["max_len"].GetDouble());
            Assert.Equal(submission.MaxLine, results["max_line"].GetString());
            Assert.Equal(
                [HelloWorldTemplate.AnalyticsFile, HelloWorldTemplate.GreetingsFile],
                run.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("key").GetString()).Order());
        }
    }

    [Fact]
    public async Task LeaderboardRanksTheRunsByTheResultSchema()
    {
        var workflow = (await benchmark.Anonymous.QueryAsync(
                """
                query ($id: ID!) {
                  workflow(id: $id) {
                    all: leaderboard(includeAll: true) {
                      schema { name } orderBy { name sortDesc }
                      entries { rank run { id } group { id } values { name value } }
                    }
                    best: leaderboard { entries { rank run { id } } }
                  }
                }
                """,
                new { id = benchmark.WorkflowId }))
            .GetProperty("workflow");

        var all = workflow.GetProperty("all");
        var expected = HelloWorldBenchmark.Submissions.OrderByDescending(submission => submission.AvgCount).ThenBy(submission => submission.MaxLen).ToList();
        var entries = all.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["avg_count", "max_len", "max_line"], all.GetProperty("schema").EnumerateArray().Select(column => column.GetProperty("name").GetString()));
        Assert.Equal(expected.Select(benchmark.RunId), entries.Select(entry => entry.GetProperty("run").GetProperty("id").GetString()));
        Assert.Equal([1, 2, 3], entries.Select(entry => entry.GetProperty("rank").GetInt32()));
        Assert.All(entries, entry => Assert.Equal(benchmark.GroupId, entry.GetProperty("group").GetProperty("id").GetString()));
        Assert.Equal(
            expected.Select(submission => submission.AvgCount),
            entries.Select(entry => entry.GetProperty("values").EnumerateArray().Single(value => value.GetProperty("name").GetString() == "avg_count").GetProperty("value").GetDouble()));
        // By default a group shows only its best run.
        var best = Assert.Single(workflow.GetProperty("best").GetProperty("entries").EnumerateArray());
        Assert.Equal(benchmark.RunId(HelloWorldBenchmark.Best), best.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(1, best.GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task LeaderboardChangedAnnouncesTheBestRun()
    {
        var events = (await benchmark.LeaderboardEvents).Select(data => data.GetProperty("leaderboardChanged")).ToList();

        Assert.All(events, change => Assert.Equal(benchmark.WorkflowId, change.GetProperty("workflow").GetProperty("id").GetString()));
        AssertIncreasing(events.Select(change => change.GetProperty("sequence").GetInt64()));
        var first = events[^1].GetProperty("leaderboard").GetProperty("entries")[0];
        Assert.Equal(benchmark.RunId(HelloWorldBenchmark.Best), first.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task ResultFileDownloadsWithETagAndRanges()
    {
        var submission = HelloWorldBenchmark.Followed;
        var file = ResultFile(await RunAsync(submission), HelloWorldTemplate.GreetingsFile);
        var url = file.GetProperty("downloadUrl").GetString()!;
        var content = Encoding.UTF8.GetBytes(submission.GreetingsFile);

        using var whole = await benchmark.Owner.DownloadAsync(url);
        Assert.StartsWith(benchmark.Server.BaseAddress.ToString(), url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(submission.GreetingsFile, await whole.Content.ReadAsStringAsync());
        Assert.Equal(content.Length, file.GetProperty("size").GetInt64());
        var entityTag = whole.Headers.ETag;
        Assert.NotNull(entityTag);

        using var range = await benchmark.Owner.DownloadAsync(url, headers => headers.Range = new RangeHeaderValue(6, 10));
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(content[6..11], await range.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 6-10/{content.Length}", range.Content.Headers.ContentRange?.ToString());

        using var unchanged = await benchmark.Owner.DownloadAsync(url, headers => headers.IfNoneMatch.Add(entityTag));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task RunArchiveHoldsTheResultFiles()
    {
        var submission = HelloWorldBenchmark.Followed;
        var run = await RunAsync(submission);

        using var response = await benchmark.Owner.DownloadAsync(run.GetProperty("archiveUrl").GetString()!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = await UnpackAsync(response);
        Assert.Equal([HelloWorldTemplate.AnalyticsFile, HelloWorldTemplate.GreetingsFile], files.Keys.Order());
        Assert.Equal(submission.GreetingsFile, files[HelloWorldTemplate.GreetingsFile]);
        Assert.Equal(submission.MaxLine, JsonDocument.Parse(files[HelloWorldTemplate.AnalyticsFile]).RootElement.GetProperty("max_line").GetString());
    }

    [Fact]
    public async Task UploadedNamesFileDownloads()
    {
        var file = benchmark.NamesFile;

        using var response = await benchmark.Owner.DownloadAsync(file.GetProperty("downloadUrl").GetString()!);

        Assert.Equal("names.txt", file.GetProperty("name").GetString());
        Assert.Equal(Encoding.UTF8.GetByteCount(HelloWorldBenchmark.NamesFileContent), file.GetProperty("size").GetInt64());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloWorldBenchmark.NamesFileContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OutsiderIsRefusedChangesToTheGroupWithTypedErrors()
    {
        var rename = await benchmark.Outsider.QueryAsync(
            "mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { group { id name } errors { __typename code message } } }",
            new { input = new { groupId = benchmark.GroupId, name = "taken over" } });
        var start = await benchmark.Outsider.QueryAsync(
            "mutation ($input: StartRunInput!) { startRun(input: $input) { run { id } errors { __typename code message } } }",
            new { input = benchmark.StartRunInput(HelloWorldBenchmark.Followed) });

        Assert.Equal(["UNAUTHORIZED"], ErrorCodes(rename, "updateGroup"));
        Assert.Equal(JsonValueKind.Null, rename.GetProperty("updateGroup").GetProperty("group").ValueKind);
        Assert.Equal(["UNAUTHORIZED"], ErrorCodes(start, "startRun"));
        Assert.Equal(JsonValueKind.Null, start.GetProperty("startRun").GetProperty("run").ValueKind);
        var group = (await benchmark.Owner.QueryAsync("query ($id: ID!) { group(id: $id) { name runs { totalCount } } }", new { id = benchmark.GroupId })).GetProperty("group");
        Assert.Equal(HelloWorldBenchmark.GroupName, group.GetProperty("name").GetString());
        Assert.Equal(HelloWorldBenchmark.Submissions.Count, group.GetProperty("runs").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task OutsiderSeesNoneOfTheGroupsRunsFilesOrLogs()
    {
        var runId = benchmark.RunId(HelloWorldBenchmark.Followed);
        var fileId = benchmark.NamesFile.GetProperty("id").GetString()!;

        // Every request is also made by the owner, so a refusal cannot pass for a mistyped document.
        var (ownersGroup, outsidersGroup) = await AskBothAsync(
            "query ($id: ID!) { group(id: $id) { files { id } runs { totalCount nodes { id } } } }", new { id = benchmark.GroupId });
        var (ownersRun, outsidersRun) = await AskBothAsync("query ($id: ID!) { run(id: $id) { id files { id } } }", new { id = runId });
        var (ownersNode, outsidersNode) = await AskBothAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = runId });
        var (ownersRuns, outsidersRuns) = await AskBothAsync("{ runs(first: 50) { nodes { id } } }", new { });
        var (ownersLog, outsidersLog) = (await LogOutcomeAsync(benchmark.Owner, runId), await LogOutcomeAsync(benchmark.Outsider, runId));
        var resultFile = ResultFile(await RunAsync(HelloWorldBenchmark.Followed), HelloWorldTemplate.GreetingsFile);
        using var download = await benchmark.Outsider.DownloadAsync(resultFile.GetProperty("downloadUrl").GetString()!);
        using var upload = await benchmark.Outsider.DownloadAsync(benchmark.NamesFile.GetProperty("downloadUrl").GetString()!);

        Assert.Contains(fileId, Ids(ownersGroup.GetProperty("group").GetProperty("files")));
        Assert.Contains(runId, Ids(ownersGroup.GetProperty("group").GetProperty("runs").GetProperty("nodes")));
        Assert.Equal(runId, ownersRun.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(runId, ownersNode.GetProperty("node").GetProperty("id").GetString());
        Assert.Contains(runId, Ids(ownersRuns.GetProperty("runs").GetProperty("nodes")));
        Assert.Contains(ownersLog, message => LogLineOf(message) is not null);

        // Refusing with an error or answering with nothing both keep the group's data hidden.
        if (Field(outsidersGroup, "group") is { } group)
        {
            Assert.Empty(Ids(group.GetProperty("files")));
            Assert.Empty(Ids(group.GetProperty("runs").GetProperty("nodes")));
            Assert.Equal(0, group.GetProperty("runs").GetProperty("totalCount").GetInt32());
        }

        Assert.Null(Field(outsidersRun, "run"));
        Assert.Null(Field(outsidersNode, "node"));
        Assert.DoesNotContain(runId, Field(outsidersRuns, "runs") is { } runs ? Ids(runs.GetProperty("nodes")) : []);
        Assert.DoesNotContain(outsidersLog, message => LogLineOf(message) is not null);
        Assert.False(download.IsSuccessStatusCode, $"result file download gave {download.StatusCode}");
        Assert.False(upload.IsSuccessStatusCode, $"upload download gave {upload.StatusCode}");
    }

    [Fact]
    public async Task PostprocessingRunComparesTheBestRunsAndIsPublic()
    {
        // A post-processing run starts whenever the best run of a group changes; the latest one sees the final ranking.
        var comparison = await HelloWorldBenchmark.EventuallyAsync("the post-processing run of the final ranking", async () =>
        {
            var run = (await benchmark.Outsider.QueryAsync(
                    "query ($id: ID!) { workflow(id: $id) { postprocessingRun { id state messages group { id } files { key } archiveUrl } } }",
                    new { id = benchmark.WorkflowId }))
                .GetProperty("workflow").GetProperty("postprocessingRun");
            if (run.ValueKind == JsonValueKind.Null || run.GetProperty("state").GetString() is "PENDING" or "RUNNING")
            {
                return (run, false);
            }

            Assert.True(run.GetProperty("state").GetString() == "SUCCESS", $"post-processing run: {run}");
            Assert.Equal(JsonValueKind.Null, run.GetProperty("group").ValueKind);
            using var download = await benchmark.Outsider.DownloadAsync(run.GetProperty("archiveUrl").GetString()!);
            var archive = await UnpackAsync(download);
            var ranking = JsonDocument.Parse(archive[HelloWorldTemplate.PostprocessingFile]).RootElement;
            // The comparison names runs by their engine ids, which the API keeps opaque; the analytics identify the best run.
            return (ranking, ranking[0].GetProperty("analytics").GetProperty("max_line").GetString() == HelloWorldBenchmark.Best.MaxLine);
        });

        var ranked = Assert.Single(comparison.EnumerateArray());
        Assert.Equal(1, ranked.GetProperty("rank").GetInt32());
        Assert.Equal(HelloWorldBenchmark.GroupName, ranked.GetProperty("group").GetString());
        Assert.Equal(HelloWorldBenchmark.Best.AvgCount, ranked.GetProperty("analytics").GetProperty("avg_count").GetDouble(), 1e-9);
    }

    private static void AssertIncreasing(IEnumerable<long> sequence)
    {
        var numbers = sequence.ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers.Zip(numbers.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"sequence {string.Join(", ", numbers)}"));
    }

    private static List<string?> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()).ToList();

    private static JsonElement? LogLineOf(JsonElement message) => message.Type() == "next" ? Field(message.Payload(), "runLog") : null;

    /// <summary>The owner's data (which must have no errors) and the outsider's whole response to the same request.</summary>
    private async Task<(JsonElement Owners, JsonElement Outsiders)> AskBothAsync(string query, object variables) =>
        (await benchmark.Owner.QueryAsync(query, variables), await benchmark.Outsider.PostAsync(query, variables));

    /// <summary>Every message of a <c>runLog</c> subscription of a finished run, which replays its log and ends.</summary>
    private async Task<List<JsonElement>> LogOutcomeAsync(FlowservClient user, string runId)
    {
        await using var log = await benchmark.SubscribeAsync("subscription ($runId: ID!) { runLog(runId: $runId) { text } }", new { runId }, user);
        return await log.ReadOutcomeAsync();
    }

    /// <summary>A top-level field of a response's data; null when the data or the field is null.</summary>
    private static JsonElement? Field(JsonElement response, string name) =>
        response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(name, out var field) && field.ValueKind != JsonValueKind.Null
            ? field
            : null;

    private static JsonElement ResultFile(JsonElement run, string key) =>
        run.GetProperty("files").EnumerateArray().Single(file => file.GetProperty("key").GetString() == key);

    private static async Task<Dictionary<string, string>> UnpackAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"archive download gave {response.StatusCode}");
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        var files = new Dictionary<string, string>();
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                files[entry.Name] = await reader.ReadToEndAsync();
            }
        }

        return files;
    }

    private async Task<JsonElement> RunAsync(HelloWorldSubmission submission) =>
        (await benchmark.Owner.QueryAsync(RunDetails, new { id = benchmark.RunId(submission) })).GetProperty("run");
}
