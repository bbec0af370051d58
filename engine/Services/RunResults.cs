using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>Turns a run's parsed result values into typed <see cref="RunResultValue"/> rows for the leaderboard.</summary>
public static class RunResults
{
    /// <summary>
    /// One row per present value of a group run; each value lands in the column of its schema dtype.
    /// Store them in the transaction that sets the run SUCCESS with <see cref="Run.HasResult"/>.
    /// </summary>
    public static IReadOnlyList<RunResultValue> ToRows(Run run, ResultSchema schema, IReadOnlyDictionary<string, object?> values)
    {
        var groupId = run.GroupId ?? throw new ArgumentException("post-processing runs have no ranked results", nameof(run));
        return schema.Columns
            .Where(column => values.GetValueOrDefault(column.Name) is not null)
            .Select(column => ToRow(run.Id, groupId, column, values[column.Name]!))
            .ToList();
    }

    private static RunResultValue ToRow(string runId, string groupId, ResultColumn column, object value) => column.Type switch
    {
        ResultType.Int => new RunResultValue { RunId = runId, GroupId = groupId, ColumnId = column.Name, IntValue = Convert.ToInt64(value, CultureInfo.InvariantCulture) },
        ResultType.Float => new RunResultValue { RunId = runId, GroupId = groupId, ColumnId = column.Name, FloatValue = Convert.ToDouble(value, CultureInfo.InvariantCulture) },
        _ => new RunResultValue { RunId = runId, GroupId = groupId, ColumnId = column.Name, TextValue = Convert.ToString(value, CultureInfo.InvariantCulture) },
    };
}
