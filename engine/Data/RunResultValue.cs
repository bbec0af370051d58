namespace Flowserv.Engine.Data;

/// <summary>
/// One parsed result column of a run. Exactly one typed value column is set, matching the column's
/// dtype, so the leaderboard sorts numbers as numbers in SQL.
/// </summary>
public sealed class RunResultValue
{
    public required string RunId { get; init; }

    public required string ColumnId { get; init; }

    public long? IntValue { get; init; }

    public double? FloatValue { get; init; }

    public string? TextValue { get; init; }
}
