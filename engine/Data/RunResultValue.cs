namespace Flowserv.Engine.Data;

/// <summary>
/// One parsed result column of a run. Exactly one typed value column is set, matching the column's
/// dtype, so the leaderboard sorts numbers as numbers in SQL.
/// </summary>
public sealed class RunResultValue
{
    public required string RunId { get; init; }

    public required string ColumnId { get; init; }

    /// <summary>
    /// The run's group, copied here (a run never changes group) so the leaderboard finds each group's best
    /// value of the first sort column from this table's index alone. Only group runs have results.
    /// </summary>
    public required string GroupId { get; init; }

    public long? IntValue { get; init; }

    public double? FloatValue { get; init; }

    public string? TextValue { get; init; }
}
