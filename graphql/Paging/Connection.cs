namespace Flowserv.GraphQL.Paging;

/// <summary>
/// The value of a connection field. The total count is computed only when asked for, since it costs a query of its
/// own (a COUNT) that most pages do not need; when asked for several times, it is computed once.
/// </summary>
public abstract class Connection(PageInfo pageInfo, Func<CancellationToken, ValueTask<int>> totalCount)
{
    private readonly Lock gate = new();
    private Task<int>? count;

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>The number of items in the whole list (all pages, after filtering).</summary>
    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return count ??= totalCount(cancellationToken).AsTask();
        }
    }
}

/// <summary>A page of <typeparamref name="T"/>: edges (cursor and node), the nodes alone, page info and total count.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, ValueTask<int>> totalCount)
    : Connection(pageInfo, totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes { get; } = edges.Select(edge => edge.Node).ToArray();
}
