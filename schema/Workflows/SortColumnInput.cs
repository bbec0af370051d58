using Flowserv.Engine.Templates;

namespace Flowserv.Schema.Workflows;

/// <summary>A leaderboard sort key a client asks for; descending unless told otherwise, as in flowServ.</summary>
public sealed class SortColumnInput
{
    public required string Name { get; init; }

    public bool? SortDesc { get; init; } = true;

    public SortColumn ToSortColumn() => new(Name, SortDesc ?? true);
}
