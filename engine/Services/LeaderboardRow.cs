namespace Flowserv.Engine.Services;

/// <summary>One row of <see cref="LeaderboardQuery"/>: a ranked run joined with one of its result values.</summary>
internal sealed class LeaderboardRow
{
    public required string RunId { get; init; }

    public required string GroupId { get; init; }

    public required string GroupName { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? StartedAt { get; init; }

    public DateTime? EndedAt { get; init; }

    public required string ArgumentsJson { get; init; }

    public required string WorkflowDigest { get; init; }

    public long Position { get; init; }

    public string? ColumnId { get; init; }

    public long? IntValue { get; init; }

    public double? FloatValue { get; init; }

    public string? TextValue { get; init; }
}
