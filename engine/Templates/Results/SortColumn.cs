namespace Flowserv.Engine.Templates;

/// <summary>A leaderboard sort key (<c>orderBy</c> item); descending unless <c>sortDesc: false</c>.</summary>
public sealed record SortColumn(string Name, bool SortDesc = true);
