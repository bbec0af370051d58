using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>A workflow's ranking: the schema, the order applied, the ranked entries and the latest post-processing run.</summary>
public sealed record Leaderboard(
    ResultSchema Schema,
    IReadOnlyList<SortColumn> OrderBy,
    IReadOnlyList<LeaderboardEntry> Entries,
    string? PostprocRunId);
