namespace Flowserv.GraphQL.Paging;

/// <summary>
/// Cursor paging over a query by position, as HotChocolate's offset paging does: one query per page, Skip/Take
/// (translated by EF Core), one extra row to learn whether a next page exists, and a COUNT only when the total
/// count is read, or when paging backward from the end (where the end must be known).
/// </summary>
public static class OffsetPaging
{
    /// <exception cref="GraphQLException">With code INVALID_PAGING_ARGUMENTS or INVALID_CURSOR.</exception>
    public static async ValueTask<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source,
        PagingArguments arguments,
        PagingOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(arguments);
        arguments.Validate(options);
        var start = arguments.After is { } after ? OffsetCursor.Decode(after) + 1 : 0;
        int? end = arguments.Before is { } before ? OffsetCursor.Decode(before) : null;
        Func<CancellationToken, ValueTask<int>> totalCount = token => QueryRows.CountAsync(source, token);

        int offset;
        List<T> rows;
        bool hasPreviousPage, hasNextPage;
        if (arguments.Last is { } last)
        {
            if (end is null)
            {
                var total = await totalCount(cancellationToken).ConfigureAwait(false);
                totalCount = _ => new ValueTask<int>(total);
                end = total;
            }

            offset = Math.Max(start, end.Value - last);
            rows = await Page(source, offset, end.Value - offset, cancellationToken).ConfigureAwait(false);
            hasPreviousPage = offset > start;
            hasNextPage = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? options.DefaultPageSize;
            offset = start;
            rows = await Page(source, offset, end is null ? first + 1 : Math.Min(first + 1, end.Value - start), cancellationToken).ConfigureAwait(false);
            hasNextPage = rows.Count > first;
            if (hasNextPage)
            {
                rows.RemoveRange(first, rows.Count - first);
            }

            hasPreviousPage = start > 0;
        }

        var edges = rows.Select((row, index) => new Edge<T>(OffsetCursor.Encode(offset + index), row)).ToArray();
        var pageInfo = new PageInfo(hasNextPage, hasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <inheritdoc cref="ToConnectionAsync{T}(IQueryable{T}, PagingArguments, PagingOptions, CancellationToken)"/>
    public static ValueTask<Connection<T>> ToConnectionAsync<T>(
        this IEnumerable<T> source,
        PagingArguments arguments,
        PagingOptions options,
        CancellationToken cancellationToken) =>
        (source as IQueryable<T> ?? source.AsQueryable()).ToConnectionAsync(arguments, options, cancellationToken);

    private static ValueTask<List<T>> Page<T>(IQueryable<T> source, int offset, int count, CancellationToken cancellationToken) =>
        count <= 0 ? new([]) : QueryRows.ToListAsync(source.Skip(offset).Take(count), cancellationToken);
}
