using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Reads;

public class RunResultTests
{
    [Fact]
    public async Task A_runs_result_values_follow_the_order_of_its_result_schema()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        using var templates = new TempDirectory();
        var owner = await fixture.Engine.SignInAsync("alice");
        // The benchmark declares score, time, note: not their alphabetical order.
        var workflow = await fixture.Engine.Workflows.CreateFromFolderAsync(owner, TemplateFolder.Write(templates.Path, "benchmark", TemplateFolder.Benchmark));
        var group = await fixture.Engine.Groups.CreateAsync(owner, workflow.Id, "Team");
        var runId = Identifiers.NewId();
        var db = fixture.Engine.Db;
        db.Runs.Add(new Run
        {
            Id = runId,
            WorkflowId = workflow.Id,
            GroupId = group.Id,
            State = RunState.Success,
            HasResult = true,
            ArgumentsJson = "[]",
            WorkflowDigest = workflow.Digest,
            Results =
            [
                new RunResultValue { RunId = runId, GroupId = group.Id, ColumnId = "note", TextValue = "fast" },
                new RunResultValue { RunId = runId, GroupId = group.Id, ColumnId = "time", FloatValue = 1.5 },
                new RunResultValue { RunId = runId, GroupId = group.Id, ColumnId = "score", IntValue = 7 },
            ],
        });
        await db.SaveChangesAsync();

        var response = await fixture.ExecuteAsync(
            "query ($id: ID!) { run(id: $id) { results { name value } } }",
            owner,
            new Dictionary<string, object?> { ["id"] = ReadScenario.Id("Run", runId) });

        var results = response.GetProperty("data").GetProperty("run").GetProperty("results").EnumerateArray()
            .Select(value => (value.GetProperty("name").GetString(), value.GetProperty("value").ToString()));
        Assert.Equal([("score", "7"), ("time", "1.5"), ("note", "fast")], results);
    }
}
