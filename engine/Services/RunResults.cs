using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>Turns a run's parsed result values into typed <see cref="RunResultValue"/> rows for the leaderboard.</summary>
public static class RunResults
{
    /// <summary>One row per present value; each value lands in the column of its schema dtype.</summary>
    public static IReadOnlyList<RunResultValue> ToRows(string runId, ResultSchema schema, IReadOnlyDictionary<string, object?> values) =>
        schema.Columns
            .Where(column => values.GetValueOrDefault(column.Name) is not null)
            .Select(column => ToRow(runId, column, values[column.Name]!))
            .ToList();

    private static RunResultValue ToRow(string runId, ResultColumn column, object value) => column.Type switch
    {
        ResultType.Int => new RunResultValue { RunId = runId, ColumnId = column.Name, IntValue = Convert.ToInt64(value, CultureInfo.InvariantCulture) },
        ResultType.Float => new RunResultValue { RunId = runId, ColumnId = column.Name, FloatValue = Convert.ToDouble(value, CultureInfo.InvariantCulture) },
        _ => new RunResultValue { RunId = runId, ColumnId = column.Name, TextValue = Convert.ToString(value, CultureInfo.InvariantCulture) },
    };
}
