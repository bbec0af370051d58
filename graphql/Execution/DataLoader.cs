namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Batches and caches loads for one request: every key requested while the executor is busy is sent in
/// one call to the batch function when it is about to wait (see <see cref="BatchDispatcher"/>), and
/// each key is loaded at most once per request. Keys the batch result lacks load as default.
/// </summary>
public sealed class DataLoader<TKey, TValue> : BatchDispatcher.IBatchLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch;
    private readonly BatchDispatcher dispatcher;
    private readonly CancellationToken cancellationToken;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Task<TValue>> cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Completion)> queue = [];

    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        BatchDispatcher dispatcher,
        CancellationToken cancellationToken = default)
    {
        this.batch = batch;
        this.dispatcher = dispatcher;
        this.cancellationToken = cancellationToken;
    }

    public Task<TValue> LoadAsync(TKey key)
    {
        bool firstInBatch;
        Task<TValue> task;
        lock (gate)
        {
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TValue>();
            task = completion.Task;
            cache.Add(key, task);
            firstInBatch = queue.Count == 0;
            queue.Add((key, completion));
        }

        if (firstInBatch)
        {
            dispatcher.Schedule(this);
        }

        return task;
    }

    void BatchDispatcher.IBatchLoader.DispatchBatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue> Completion)> batchQueue;
        lock (gate)
        {
            if (queue.Count == 0)
            {
                return;
            }

            batchQueue = queue;
            queue = [];
        }

        _ = RunBatchAsync(batchQueue);
    }

    private async Task RunBatchAsync(List<(TKey Key, TaskCompletionSource<TValue> Completion)> batchQueue)
    {
        var keys = new TKey[batchQueue.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = batchQueue[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> results;
        try
        {
            results = await batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Fail(batchQueue, exception);
            return;
        }

        // Results are delivered inside a segment so the loads their continuations request batch together.
        dispatcher.EnterSegment();
        try
        {
            foreach (var (key, completion) in batchQueue)
            {
                completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default!);
            }
        }
        finally
        {
            dispatcher.ExitSegment();
        }
    }

    private void Fail(List<(TKey Key, TaskCompletionSource<TValue> Completion)> batchQueue, Exception exception)
    {
        lock (gate)
        {
            // A failed load is not cached, so a later request for the key tries again.
            foreach (var (key, _) in batchQueue)
            {
                cache.Remove(key);
            }
        }

        dispatcher.EnterSegment();
        try
        {
            foreach (var (_, completion) in batchQueue)
            {
                completion.TrySetException(exception);
            }
        }
        finally
        {
            dispatcher.ExitSegment();
        }
    }
}
