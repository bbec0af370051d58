using System.Collections;
using System.Linq.Expressions;

namespace Flowserv.GraphQL.Tests.Paging;

/// <summary>What a <see cref="CountingQueryable{T}"/> was asked to run.</summary>
internal sealed class QueryLog
{
    public int Enumerations { get; set; }

    public int AsyncEnumerations { get; set; }

    public int Counts { get; set; }

    public int AsyncCounts { get; set; }

    /// <summary>The rows each enumeration produced, to see that a page reads only its rows (plus one).</summary>
    public List<int> RowsRead { get; } = [];
}

/// <summary>
/// An in-memory queryable that records the queries run against it. With <c>asynchronous</c>, it has the shape of EF
/// Core's queryables (<see cref="IAsyncEnumerable{T}"/> and a provider with <c>ExecuteAsync</c>), so the runtime must
/// take the asynchronous path.
/// </summary>
internal class CountingQueryable<T>(IQueryable<T> inner, QueryLog log) : IQueryable<T>
{
    public Type ElementType => inner.ElementType;

    public Expression Expression => inner.Expression;

    public virtual IQueryProvider Provider => new CountingProvider(inner.Provider, log);

    public IEnumerator<T> GetEnumerator()
    {
        log.Enumerations++;
        return Read();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    protected IEnumerator<T> Read()
    {
        var rows = inner.ToList();
        log.RowsRead.Add(rows.Count);
        return rows.GetEnumerator();
    }
}

internal sealed class AsyncCountingQueryable<T>(IQueryable<T> inner, QueryLog log) : CountingQueryable<T>(inner, log), IAsyncEnumerable<T>
{
    private readonly IQueryable<T> inner = inner;
    private readonly QueryLog log = log;

    public override IQueryProvider Provider => new AsyncCountingProvider(inner.Provider, log);

    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        log.AsyncEnumerations++;
        await Task.Yield();
        using var rows = Read();
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }
}

internal class CountingProvider(IQueryProvider inner, QueryLog log) : IQueryProvider
{
    public IQueryable CreateQuery(Expression expression) => throw new NotSupportedException();

    public virtual IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new CountingQueryable<TElement>(inner.CreateQuery<TElement>(expression), log);

    public object? Execute(Expression expression) => throw new NotSupportedException();

    public TResult Execute<TResult>(Expression expression)
    {
        log.Counts++;
        return inner.Execute<TResult>(expression);
    }
}

internal sealed class AsyncCountingProvider(IQueryProvider inner, QueryLog log) : CountingProvider(inner, log)
{
    private readonly IQueryProvider inner = inner;
    private readonly QueryLog log = log;

    public override IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new AsyncCountingQueryable<TElement>(inner.CreateQuery<TElement>(expression), log);

    /// <summary>EF Core's <c>IAsyncQueryProvider.ExecuteAsync</c>, for the only asynchronous result paging needs: a count.</summary>
    public TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken)
    {
        log.AsyncCounts++;
        return (TResult)(object)Task.FromResult(inner.Execute<int>(expression));
    }
}
