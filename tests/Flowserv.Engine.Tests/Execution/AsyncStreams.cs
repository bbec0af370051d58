namespace Flowserv.Engine.Tests.Execution;

internal static class AsyncStreams
{
    /// <summary>The first <paramref name="count"/> items, failing the test instead of hanging when they do not come.</summary>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerable<T> source, int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var items = new List<T>();
        await using var enumerator = source.GetAsyncEnumerator(cancel.Token);
        while (items.Count < count && await enumerator.MoveNextAsync())
        {
            items.Add(enumerator.Current);
        }
        return items;
    }
}
