using System.Collections;
using System.Linq.Expressions;

namespace Flowserv.GraphQL.Sorting;

/// <summary>
/// Applies a coerced <c>order</c> value to a query: each entry of the list, and each field given in an entry, adds
/// one ordering key, the first as OrderBy and the rest as ThenBy. Within one entry, fields apply in the sort input's
/// field order (coerced input objects keep no other), so clients list one field per entry to choose the order.
/// </summary>
internal sealed class SortDefinition(IReadOnlyList<SortField> fields)
{
    private readonly Dictionary<string, SortField> byName = fields.ToDictionary(field => field.Name);

    public IReadOnlyList<SortField> Fields { get; } = fields;

    public IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable order)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var expression = query.Expression;
        var first = true;
        foreach (IReadOnlyDictionary<string, object?> entry in order)
        {
            foreach (var (name, value) in entry)
            {
                if (value is not SortDirection direction)
                {
                    continue;
                }

                var property = byName[name].Property;
                var method = (first, direction) switch
                {
                    (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                    (true, _) => nameof(Queryable.OrderByDescending),
                    (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                    _ => nameof(Queryable.ThenByDescending),
                };
                var key = Expression.Lambda(Expression.Property(item, property), item);
                expression = Expression.Call(typeof(Queryable), method, [typeof(T), property.PropertyType], expression, Expression.Quote(key));
                first = false;
            }
        }

        return first ? query : query.Provider.CreateQuery<T>(expression);
    }
}
