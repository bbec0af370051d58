namespace Flowserv.GraphQL.Paging;

/// <summary>
/// Turns a field returning <c>IQueryable&lt;X&gt;</c> or <c>IEnumerable&lt;X&gt;</c> into a cursor connection,
/// <c>XConnection!</c> with <c>first/after/last/before</c> (see <see cref="OffsetPaging"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UsePagingAttribute : Attribute
{
    private static readonly PagingOptions Defaults = new();

    /// <inheritdoc cref="PagingOptions.DefaultPageSize"/>
    public int DefaultPageSize { get; init; } = Defaults.DefaultPageSize;

    /// <inheritdoc cref="PagingOptions.MaxPageSize"/>
    public int MaxPageSize { get; init; } = Defaults.MaxPageSize;

    /// <inheritdoc cref="PagingOptions.AllowBackwardPagination"/>
    public bool AllowBackwardPagination { get; init; } = Defaults.AllowBackwardPagination;

    public PagingOptions Options => new() { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, AllowBackwardPagination = AllowBackwardPagination };
}
