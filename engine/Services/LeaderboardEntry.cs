using Flowserv.Engine.Data;

namespace Flowserv.Engine.Services;

/// <summary>
/// One ranked run. <see cref="Run"/> is the run as the ranking read it (without its details: files, messages,
/// results, steps); <see cref="Values"/> holds its result values in schema order; a missing optional column is
/// absent, as in flowServ.
/// </summary>
public sealed record LeaderboardEntry(
    int Rank,
    Run Run,
    string GroupName,
    IReadOnlyList<KeyValuePair<string, object?>> Values)
{
    public string RunId => Run.Id;

    /// <summary>Only group runs are ranked.</summary>
    public string GroupId => Run.GroupId!;

    public DateTime CreatedAt => Run.CreatedAt;

    public DateTime? StartedAt => Run.StartedAt;

    public DateTime? FinishedAt => Run.EndedAt;
}
