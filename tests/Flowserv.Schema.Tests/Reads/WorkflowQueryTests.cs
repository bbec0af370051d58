using Flowserv.Engine.Data;
using Flowserv.Schema.Tests.Support;
using static Flowserv.Schema.Tests.Reads.ReadScenario;

namespace Flowserv.Schema.Tests.Reads;

public class WorkflowQueryTests
{
    [Fact]
    public async Task A_workflow_shows_its_template_and_a_public_leaderboard_whose_runs_keep_their_details_private()
    {
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true);
        var scenario = await ReadScenario.CreateAsync(fixture);
        var run = (await scenario.AddRunsAsync(scenario.AliceGroup, 1)).Single();
        var db = fixture.Engine.Db;
        db.RunResults.Add(new RunResultValue { RunId = run.Id, GroupId = run.GroupId!, ColumnId = "avg_count", FloatValue = 12.5 });
        db.RunResults.Add(new RunResultValue { RunId = run.Id, GroupId = run.GroupId!, ColumnId = "max_len", FloatValue = 20 });
        (await db.Runs.FindAsync(run.Id))!.HasResult = true;
        await db.SaveChangesAsync();
        var query = $$"""
            { workflow(id: "{{Id("Workflow", scenario.Workflow.Id)}}") {
                parameters { __typename name dtype isRequired defaultValue ... on FileParameter { target } ... on NumericParameter { range } }
                parameterGroups { name title }
                outputs { key title format }
                resultSchema { file columns { name dtype required } orderBy { name sortDesc } }
                leaderboard { entries { rank group { name } run { state } values { name value } } } } }
            """;

        var response = await fixture.ExecuteAsync(query, scenario.Bob);
        var details = await fixture.ExecuteAsync(
            $$"""{ workflow(id: "{{Id("Workflow", scenario.Workflow.Id)}}") { leaderboard { entries { run { arguments { name } } } } } }""",
            scenario.Bob);

        Assert.Equal(
            """
            {"data":{"workflow":{"parameters":[{"__typename":"FileParameter","name":"names","dtype":"FILE","isRequired":true,"defaultValue":null,"target":"data/names.txt"},{"__typename":"NumericParameter","name":"sleeptime","dtype":"FLOAT","isRequired":false,"defaultValue":10,"range":"[0,)"},{"__typename":"StringParameter","name":"greeting","dtype":"STRING","isRequired":false,"defaultValue":"Hello"}],"parameterGroups":[{"name":"main","title":"Main Step"}],"outputs":[{"key":"results/greetings.txt","title":"Greetings","format":{"type":"plaintext"}},{"key":"results/analytics.json","title":"Analytics","format":{"type":"json"}}],"resultSchema":{"file":"results/analytics.json","columns":[{"name":"avg_count","dtype":"FLOAT","required":true},{"name":"max_len","dtype":"FLOAT","required":true},{"name":"max_line","dtype":"STRING","required":false}],"orderBy":[{"name":"avg_count","sortDesc":true},{"name":"max_len","sortDesc":false}]},"leaderboard":{"entries":[{"rank":1,"group":{"name":"Team Alice"},"run":{"state":"SUCCESS"},"values":[{"name":"avg_count","value":12.5},{"name":"max_len","value":20}]}]}}}}
            """.Trim(),
            response.GetRawText());
        Assert.Equal("UNAUTHORIZED", details.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Nodes_fetches_objects_of_every_kind_by_global_id_and_workflows_filter_by_name()
    {
        await using var fixture = await SchemaFixture.CreateAsync(installSample: true);
        var scenario = await ReadScenario.CreateAsync(fixture);
        var run = (await scenario.AddRunsAsync(scenario.AliceGroup, 1)).Single();
        var db = fixture.Engine.Db;
        db.RunLogLines.AddRange(Enumerable.Range(1, 3).Select(i => new RunLogLine
        {
            RunId = run.Id, Sequence = i, Step = "say_hello", Stream = LogStream.Stdout, Text = $"line {i}", Timestamp = run.CreatedAt,
        }));
        await db.SaveChangesAsync();
        var ids = new[] { Id("Workflow", scenario.Workflow.Id), Id("Group", scenario.AliceGroup.Id), Id("Run", run.Id), Id("RunFile", run.Files[0].Id), Id("User", scenario.Alice.UserId!) };

        var response = await fixture.ExecuteAsync(
            $$"""
            { nodes(ids: [{{string.Join(", ", ids.Select(id => $"\"{id}\""))}}]) { __typename id ... on Run { log(first: 2) { totalCount nodes { sequence text } pageInfo { hasNextPage } } } }
              none: workflows(where: { name: { startsWith: "Nope" } }) { totalCount }
              hello: workflows(where: { name: { eq: "{{scenario.Workflow.Name}}" } }) { nodes { name } } }
            """,
            scenario.Alice);

        var nodes = response.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Workflow", "Group", "Run", "RunFile", "User"], nodes.Select(node => node.GetProperty("__typename").GetString()));
        Assert.Equal(ids, nodes.Select(node => node.GetProperty("id").GetString()));
        Assert.Equal(
            """{"totalCount":3,"nodes":[{"sequence":1,"text":"line 1"},{"sequence":2,"text":"line 2"}],"pageInfo":{"hasNextPage":true}}""",
            nodes[2].GetProperty("log").GetRawText());
        Assert.Equal(0, response.GetProperty("data").GetProperty("none").GetProperty("totalCount").GetInt32());
        Assert.Equal(scenario.Workflow.Name, response.GetProperty("data").GetProperty("hello").GetProperty("nodes")[0].GetProperty("name").GetString());
    }
}
