using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Flowserv.GraphQL.Paging;

/// <summary>
/// Runs queries asynchronously when their provider can. EF Core's queryables are recognised by shape, since the
/// runtime must not depend on EF Core: they implement <see cref="IAsyncEnumerable{T}"/>, and their provider has a
/// public <c>ExecuteAsync&lt;TResult&gt;(Expression, CancellationToken)</c> (EF Core's <c>IAsyncQueryProvider</c>).
/// Other sources run synchronously.
/// </summary>
public static class QueryRows
{
    private static readonly ConcurrentDictionary<Type, Func<IQueryProvider, Expression, CancellationToken, Task<int>>?> AsyncCounters = new();

    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not IAsyncEnumerable<T> rows)
        {
            return [.. query];
        }

        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    public static ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], query.Expression);
        var countAsync = AsyncCounters.GetOrAdd(query.Provider.GetType(), AsyncCounter);
        return countAsync is null ? new(query.Provider.Execute<int>(count)) : new(countAsync(query.Provider, count, cancellationToken));
    }

    private static Func<IQueryProvider, Expression, CancellationToken, Task<int>>? AsyncCounter(Type providerType)
    {
        var executeAsync = providerType.GetInterfaces().Prepend(providerType)
            .SelectMany(type => type.GetMethods())
            .FirstOrDefault(method => method is { Name: "ExecuteAsync", IsGenericMethodDefinition: true } &&
                method.GetParameters() is [{ ParameterType: var expressionType }, { ParameterType: var tokenType }] &&
                expressionType == typeof(Expression) && tokenType == typeof(CancellationToken));
        if (executeAsync is null)
        {
            return null;
        }

        var provider = Expression.Parameter(typeof(IQueryProvider), "provider");
        var expression = Expression.Parameter(typeof(Expression), "expression");
        var token = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var call = Expression.Call(Expression.Convert(provider, executeAsync.DeclaringType!), executeAsync.MakeGenericMethod(typeof(Task<int>)), expression, token);
        return Expression.Lambda<Func<IQueryProvider, Expression, CancellationToken, Task<int>>>(call, provider, expression, token).Compile();
    }
}
