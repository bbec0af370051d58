using System.Text.Json;
using Flowserv.Engine.Data;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Tests.Support;
using static Flowserv.Schema.Tests.Reads.ReadScenario;

namespace Flowserv.Schema.Tests.Reads;

public class RunQueryTests
{
    [Fact]
    public async Task A_query_for_100_runs_with_their_group_workflow_and_files_issues_at_most_5_sql_commands()
    {
        // 100 runs of 12 fields each exceed the default complexity limit of 1000.
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true, options: new ExecutionOptions { MaxComplexity = 2000 });
        var scenario = await ReadScenario.CreateAsync(fixture);
        var runs = await scenario.AddRunsAsync(scenario.AliceGroup, 100);
        fixture.Engine.Commands.Reset();

        var response = await fixture.ExecuteAsync(
            """
            { runs(first: 100, order: [{ createdAt: ASC }]) {
                nodes { id group { id name } workflow { id name } files { key size downloadUrl } } } }
            """,
            scenario.Alice);

        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        Assert.InRange(fixture.Engine.Commands.Count, 1, 5);
        var nodes = response.GetProperty("data").GetProperty("runs").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(runs.Select(run => Id("Run", run.Id)), nodes.Select(node => node.GetProperty("id").GetString()));
        Assert.All(nodes, node =>
        {
            Assert.Equal("Team Alice", node.GetProperty("group").GetProperty("name").GetString());
            Assert.Equal(Id("Group", scenario.AliceGroup.Id), node.GetProperty("group").GetProperty("id").GetString());
            Assert.Equal(scenario.Workflow.Name, node.GetProperty("workflow").GetProperty("name").GetString());
        });
        var files = nodes.Select(node => node.GetProperty("files").EnumerateArray().Single()).ToList();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), files.Select(file => file.GetProperty("size").GetInt64()));
        Assert.All(files.Zip(runs), pair => Assert.Equal(
            $"{SchemaFixture.ServiceUrl}/runs/{pair.Second.Id}/files/{pair.Second.Files[0].Id}",
            pair.First.GetProperty("downloadUrl").GetString()));
    }

    [Fact]
    public async Task Runs_lists_only_the_runs_of_the_callers_groups_and_filters_by_group_state_and_time()
    {
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true);
        var scenario = await ReadScenario.CreateAsync(fixture);
        var aliceRuns = await scenario.AddRunsAsync(scenario.AliceGroup, 3);
        await scenario.AddRunsAsync(scenario.BobGroup, 2);
        var failed = (await scenario.AddRunsAsync(scenario.AliceGroup, 1, RunState.Error)).Single();

        var all = await fixture.ExecuteAsync("{ runs { totalCount nodes { id } } }", scenario.Alice);
        var filtered = await fixture.ExecuteAsync(
            $$"""
            { runs(where: { groupId: { eq: "{{Id("Group", scenario.AliceGroup.Id)}}" }, state: { in: [ERROR] } }) { totalCount nodes { id state } } }
            """,
            scenario.Alice);
        var recent = await fixture.ExecuteAsync(
            $$"""{ runs(where: { createdAt: { gt: "{{aliceRuns[0].CreatedAt:O}}" }, state: { eq: SUCCESS } }, order: [{ createdAt: DESC }]) { nodes { id } } }""",
            scenario.Alice);
        var anonymous = await fixture.ExecuteAsync("{ runs { totalCount } }");

        Assert.Equal(4, all.GetProperty("data").GetProperty("runs").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            $$"""{"totalCount":1,"nodes":[{"id":"{{Id("Run", failed.Id)}}","state":"ERROR"}]}""",
            filtered.GetProperty("data").GetProperty("runs").GetRawText());
        Assert.Equal(
            [Id("Run", aliceRuns[2].Id), Id("Run", aliceRuns[1].Id)],
            recent.GetProperty("data").GetProperty("runs").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
        Assert.Equal(0, anonymous.GetProperty("data").GetProperty("runs").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_non_member_gets_null_and_unauthorized_for_a_group_or_run_and_no_nested_run_details()
    {
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true);
        var scenario = await ReadScenario.CreateAsync(fixture);
        var run = (await scenario.AddRunsAsync(scenario.AliceGroup, 1)).Single();

        var group = await fixture.ExecuteAsync($$"""{ group(id: "{{Id("Group", scenario.AliceGroup.Id)}}") { name } }""", scenario.Bob);
        var direct = await fixture.ExecuteAsync($$"""{ run(id: "{{Id("Run", run.Id)}}") { id } }""", scenario.Bob);
        var node = await fixture.ExecuteAsync($$"""{ node(id: "{{Id("Run", run.Id)}}") { id } }""", scenario.Bob);
        var member = await fixture.ExecuteAsync(
            $$"""{ group(id: "{{Id("Group", scenario.AliceGroup.Id)}}") { name owner { username } members { username } files { name } runs { totalCount } } }""",
            scenario.Alice);

        AssertUnauthorized(group, "group");
        AssertUnauthorized(direct, "run");
        Assert.Equal("""{"data":{"node":null}}""", node.GetRawText());
        Assert.Equal(
            """{"data":{"group":{"name":"Team Alice","owner":{"username":"alice"},"members":[{"username":"alice"}],"files":[],"runs":{"totalCount":1}}}}""",
            member.GetRawText());
    }

    [Fact]
    public async Task Nodes_loads_many_runs_with_one_sql_command()
    {
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true);
        var scenario = await ReadScenario.CreateAsync(fixture);
        var runs = await scenario.AddRunsAsync(scenario.AliceGroup, 3);
        var ids = runs.Select(run => Id("Run", run.Id)).ToList();
        fixture.Engine.Commands.Reset();

        var response = await fixture.ExecuteAsync(
            $$"""{ nodes(ids: [{{string.Join(", ", ids.Select(id => $"\"{id}\""))}}]) { id } }""", scenario.Alice);

        Assert.Equal(1, fixture.Engine.Commands.Count);
        Assert.Equal(ids, response.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
    }

    private static void AssertUnauthorized(JsonElement response, string field)
    {
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
        var error = response.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("UNAUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
    }
}
