using System.Collections;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Sorting;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>The resolver of a list field with paging, filtering or sorting, for any item type.</summary>
internal interface IListFieldPipeline
{
    ValueTask<object?> Resolve(IResolverContext context);
}

/// <summary>
/// Resolves the member's sequence, then composes <c>where</c>, <c>order</c> and the page onto it as one query, so a
/// queryable provider runs it as one statement (plus a COUNT when <c>totalCount</c> is read).
/// </summary>
internal sealed class ListFieldPipeline<T>(FieldResolver source, FilterDefinition? filter, SortDefinition? sort, PagingOptions? paging) : IListFieldPipeline
{
    public async ValueTask<object?> Resolve(IResolverContext context)
    {
        if (await source(context).ConfigureAwait(false) is not IEnumerable<T> items)
        {
            return null;
        }

        var query = items as IQueryable<T> ?? items.AsQueryable();
        if (filter is not null && context.Arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
        {
            query = query.Where(filter.Predicate<T>(where));
        }

        if (sort is not null && context.Arguments.GetValueOrDefault("order") is IEnumerable order)
        {
            query = sort.Apply(query, order);
        }

        return paging is null ? query : await query.ToConnectionAsync(PagingArguments.From(context.Arguments), paging, context.CancellationToken).ConfigureAwait(false);
    }
}
