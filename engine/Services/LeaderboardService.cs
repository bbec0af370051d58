using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>
/// Leaderboards of benchmark workflows. Candidates are successful group runs with parsed results; the
/// ranking, the best-run-per-group filter and the result values come from ONE SQL query
/// (<see cref="LeaderboardQuery"/>). Leaderboards are public.
/// </summary>
public sealed class LeaderboardService(FlowservDbContext db, WorkflowTemplates templates)
{
    /// <summary>Loads the workflow, then ranks; see <see cref="GetAsync(Workflow, IReadOnlyList{SortColumn}, bool, CancellationToken)"/>.</summary>
    public async Task<Leaderboard?> GetAsync(string workflowId, IReadOnlyList<SortColumn>? orderBy = null, bool includeAll = false, CancellationToken cancellationToken = default)
    {
        var workflow = await db.Workflows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workflowId, cancellationToken)
            ?? throw UnknownObjectException.Workflow(workflowId);
        return await GetAsync(workflow, orderBy, includeAll, cancellationToken);
    }

    /// <summary>
    /// Ranks the runs of an already loaded workflow with one database command. Null when the workflow is
    /// not a benchmark (no result schema). Without <paramref name="orderBy"/> the schema's default order
    /// applies; ties keep submission order; missing values sort last. Unless <paramref name="includeAll"/>,
    /// only each group's best run is listed.
    /// </summary>
    public async Task<Leaderboard?> GetAsync(Workflow workflow, IReadOnlyList<SortColumn>? orderBy = null, bool includeAll = false, CancellationToken cancellationToken = default)
    {
        var schema = templates.Get(workflow).ResultSchema;
        if (schema is null)
        {
            return null;
        }
        var order = orderBy is { Count: > 0 } ? orderBy : schema.DefaultOrder;
        var sortColumns = order.Select(sort => schema.FindColumn(sort.Name)
            ?? throw ConstraintViolationException.InvalidArgument($"unknown column '{sort.Name}'")).ToList();
        var rows = await new LeaderboardQuery(db, workflow.Id, sortColumns, order, includeAll).ExecuteAsync(cancellationToken);
        return new Leaderboard(schema, order, ToEntries(workflow.Id, schema, rows), workflow.PostprocRunId);
    }

    private static List<LeaderboardEntry> ToEntries(string workflowId, ResultSchema schema, IReadOnlyList<LeaderboardRow> rows) =>
        rows.GroupBy(row => row.Position)
            .OrderBy(run => run.Key)
            .Select(run =>
            {
                var first = run.First();
                var values = run.Where(row => row.ColumnId is not null)
                    .ToDictionary(row => row.ColumnId!, row => row.IntValue ?? row.FloatValue ?? (object?)row.TextValue, StringComparer.Ordinal);
                return new LeaderboardEntry(
                    (int)run.Key,
                    RankedRun(workflowId, first),
                    first.GroupName,
                    schema.Columns.Where(column => values.ContainsKey(column.Name))
                        .Select(column => KeyValuePair.Create(column.Name, values[column.Name]))
                        .ToList());
            })
            .ToList();

    // The query ranks successful group runs with results only.
    private static Run RankedRun(string workflowId, LeaderboardRow row) => new()
    {
        Id = row.RunId,
        WorkflowId = workflowId,
        GroupId = row.GroupId,
        State = RunState.Success,
        HasResult = true,
        CreatedAt = Utc(row.CreatedAt),
        StartedAt = row.StartedAt is { } started ? Utc(started) : null,
        EndedAt = row.EndedAt is { } ended ? Utc(ended) : null,
        ArgumentsJson = row.ArgumentsJson,
        WorkflowDigest = row.WorkflowDigest,
    };

    // Raw SQL results bypass the model's UTC converter; every stored time is UTC.
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
