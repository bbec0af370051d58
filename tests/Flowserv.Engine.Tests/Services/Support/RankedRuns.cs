using Flowserv.Engine.Data;
using Flowserv.Engine.Services;

namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>Writes finished runs with result values straight into the database, as the runner will.</summary>
internal sealed class RankedRuns(EngineFixture engine, Workflow workflow)
{
    private int counter;

    public async Task<string> AddAsync(
        string groupId,
        IReadOnlyDictionary<string, object?>? values,
        RunState state = RunState.Success)
    {
        var id = $"run{++counter:D4}";
        var created = engine.Clock.Now.UtcDateTime.AddSeconds(counter);
        var db = engine.Db;
        var run = new Run
        {
            Id = id,
            WorkflowId = workflow.Id,
            GroupId = groupId,
            State = state,
            CreatedAt = created,
            StartedAt = created.AddSeconds(1),
            EndedAt = created.AddSeconds(2),
            ArgumentsJson = "[]",
            WorkflowDigest = workflow.Digest,
            HasResult = values is not null,
        };
        db.Runs.Add(run);
        if (values is not null)
        {
            var schema = engine.Get<WorkflowTemplates>().Get(workflow).ResultSchema!;
            db.RunResults.AddRange(RunResults.ToRows(run, schema, values));
        }
        await db.SaveChangesAsync();
        return id;
    }
}
