namespace Flowserv.Engine.Services;

/// <summary>
/// One ranked run. <see cref="Values"/> holds the run's result values in schema order; a missing optional
/// column is absent, as in flowServ.
/// </summary>
public sealed record LeaderboardEntry(
    int Rank,
    string RunId,
    string GroupId,
    string GroupName,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    IReadOnlyList<KeyValuePair<string, object?>> Values);
