namespace Flowserv.GraphQL.Paging;

/// <summary>How a connection field pages (HotChocolate's defaults).</summary>
public sealed record PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Whether the field offers <c>last</c>/<c>before</c> besides <c>first</c>/<c>after</c>.</summary>
    public bool AllowBackwardPagination { get; init; } = true;
}
