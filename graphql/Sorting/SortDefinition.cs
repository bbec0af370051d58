using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Flowserv.GraphQL.Sorting;

/// <summary>
/// Applies a coerced <c>order</c> value to a query: each entry of the list, and each field given in an entry, adds
/// one ordering key, the first as OrderBy and the rest as ThenBy. Within one entry, fields apply in the sort input's
/// field order (coerced input objects keep no other), so clients list one field per entry to choose the order.
/// A <paramref name="tieBreaker"/> (a node's id) ends every requested order, so rows that tie on the requested keys
/// keep one order from request to request and cursor pages neither repeat nor skip them.
/// </summary>
internal sealed class SortDefinition(IReadOnlyList<SortField> fields, PropertyInfo? tieBreaker = null)
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

                expression = OrderBy<T>(expression, item, byName[name].Property, direction, first);
                first = false;
            }
        }

        if (first)
        {
            return query;
        }

        if (tieBreaker is not null)
        {
            expression = OrderBy<T>(expression, item, tieBreaker, SortDirection.Ascending, first: false);
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private static MethodCallExpression OrderBy<T>(Expression query, ParameterExpression item, PropertyInfo property, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
            (true, _) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var key = Expression.Lambda(Expression.Property(item, property), item);
        return Expression.Call(typeof(Queryable), method, [typeof(T), property.PropertyType], query, Expression.Quote(key));
    }
}
