namespace Flowserv.GraphQL.Execution;

/// <summary>Gives resolvers the request's DataLoaders.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The request's loader registered under <paramref name="key"/>; the first call creates it with
    /// <paramref name="batch"/>, later calls (from any resolver of the request) return the same instance.
    /// </summary>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        this IResolverContext context,
        string key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var cancellationToken = context.CancellationToken;
        return BatchDispatcher.For(context.RequestData)
            .GetOrAddLoader(key, dispatcher => new DataLoader<TKey, TValue>(batch, dispatcher, cancellationToken));
    }
}
