using System.Globalization;
using System.Text;
using Flowserv.Engine.Data;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>
/// The leaderboard as one SQL statement, valid on SQLite and PostgreSQL:
/// <list type="number">
/// <item>finalists (best-per-group only): each group's best run must hold the group's best value of the
/// first sort column, one index seek per group in <c>run_result</c>; groups without any such value
/// contribute all their runs. So the ranking reads about one run per group, not every run. Both branches are
/// driven from the groups: SQLite without table statistics otherwise reads every value of the column
/// (probing the groups for each) or every run; its CROSS JOIN keeps the written join order, and PostgreSQL
/// plans it like any inner join;</item>
/// <item>candidates: the finalists (or, with includeAll, every run of the workflow) that are successful
/// group runs with results, one LEFT JOIN per sort column on the typed value column of its dtype;</item>
/// <item>ROW_NUMBER per group keeps each group's best run (skipped with includeAll), ROW_NUMBER over all
/// gives the rank; the final joins add the run's columns (so resolving a ranked run needs no second query),
/// group names and every result value.</item>
/// </list>
/// Missing values of optional columns sort last (<c>x IS NULL</c> first in the key); ties keep submission
/// order. Only ids travel as parameters; the SQL text depends on nothing but the number of sort columns,
/// their directions and dtypes.
/// </summary>
internal sealed class LeaderboardQuery(
    FlowservDbContext db,
    string workflowId,
    IReadOnlyList<ResultColumn> sortColumns,
    IReadOnlyList<SortColumn> order,
    bool includeAll)
{
    public async Task<IReadOnlyList<LeaderboardRow>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var parameters = new List<object> { workflowId };
        parameters.AddRange(sortColumns.Select(column => (object)column.Name));
        return await db.Database.SqlQueryRaw<LeaderboardRow>(BuildSql(), [.. parameters]).ToListAsync(cancellationToken);
    }

    private string BuildSql()
    {
        var keys = new StringBuilder();
        var joins = new StringBuilder();
        var ordering = new StringBuilder();
        for (var i = 0; i < sortColumns.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"k{i}");
            keys.Append(CultureInfo.InvariantCulture, $", {key}.{ValueColumn(sortColumns[i].Type)} AS {key}");
            joins.Append(CultureInfo.InvariantCulture,
                $" LEFT JOIN run_result {key} ON {key}.run_id = r.id AND {key}.column_id = {{{i + 1}}}");
            // Required columns always have a value in ranked runs; only optional ones need the nulls-last term.
            if (!sortColumns[i].Required)
            {
                ordering.Append(CultureInfo.InvariantCulture, $"{key} IS NULL, ");
            }
            ordering.Append(CultureInfo.InvariantCulture, $"{key} {(order[i].SortDesc ? "DESC" : "ASC")}, ");
        }
        ordering.Append("created_at, run_id");
        var bestPerGroup = includeAll ? string.Empty : " WHERE group_position = 1";
        return $$"""
            WITH {{(includeAll ? AllRuns(keys, joins) : GroupFinalists(keys, joins))}},
            ranked AS (
                SELECT c.*, ROW_NUMBER() OVER (PARTITION BY group_id ORDER BY {{ordering}}) AS group_position
                FROM candidates c
            ),
            chosen AS (
                SELECT ranked.*, ROW_NUMBER() OVER (ORDER BY {{ordering}}) AS position
                FROM ranked{{bestPerGroup}}
            )
            SELECT ch.run_id AS "RunId", ch.group_id AS "GroupId", g.name AS "GroupName",
                r.created_at AS "CreatedAt", r.started_at AS "StartedAt", r.ended_at AS "EndedAt",
                r.arguments_json AS "ArgumentsJson", r.workflow_digest AS "WorkflowDigest",
                ch.position AS "Position", v.column_id AS "ColumnId", v.int_value AS "IntValue",
                v.float_value AS "FloatValue", v.text_value AS "TextValue"
            FROM chosen ch
            JOIN workflow_run r ON r.id = ch.run_id
            JOIN workflow_group g ON g.id = ch.group_id
            LEFT JOIN run_result v ON v.run_id = ch.run_id
            ORDER BY ch.position
            """;
    }

    private static string AllRuns(StringBuilder keys, StringBuilder joins) => $$"""
        candidates AS (
            SELECT r.id AS run_id, r.group_id, r.created_at{{keys}}
            FROM workflow_run r{{joins}}
            WHERE r.workflow_id = {0} AND r.group_id IS NOT NULL AND r.state = 'SUCCESS' AND r.has_result = TRUE
        )
        """;

    private string GroupFinalists(StringBuilder keys, StringBuilder joins)
    {
        var value = ValueColumn(sortColumns[0].Type);
        var best = order[0].SortDesc ? "MAX" : "MIN";
        return $$"""
            group_best AS (
                SELECT g.id AS group_id,
                    (SELECT {{best}}(v.{{value}}) FROM run_result v WHERE v.column_id = {1} AND v.group_id = g.id) AS best
                FROM workflow_group g
                WHERE g.workflow_id = {0}
            ),
            finalists AS (
                SELECT v.run_id FROM group_best b
                CROSS JOIN run_result v
                WHERE v.column_id = {1} AND v.group_id = b.group_id AND v.{{value}} = b.best
                UNION ALL
                SELECT r.id AS run_id FROM workflow_run r
                WHERE r.group_id IN (SELECT group_id FROM group_best WHERE best IS NULL)
            ),
            candidates AS (
                SELECT r.id AS run_id, r.group_id, r.created_at{{keys}}
                FROM finalists f
                JOIN workflow_run r ON r.id = f.run_id{{joins}}
                WHERE r.state = 'SUCCESS' AND r.has_result = TRUE
            )
            """;
    }

    private static string ValueColumn(ResultType type) => type switch
    {
        ResultType.Int => "int_value",
        ResultType.Float => "float_value",
        _ => "text_value",
    };
}
