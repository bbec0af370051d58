namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Decides when a request's DataLoaders send their batches. The executor marks each stretch of
/// synchronous work it does (starting resolvers, completing their values) as a segment; loads
/// requested during a segment wait, and the batches go out when the last running segment ends, i.e.
/// when the executor would otherwise wait. Because the executor starts every sibling field and list
/// item before awaiting any, all loads of one level travel in one batch; results are delivered inside
/// a segment too, so the loads of the next level batch the same way. A load requested outside any
/// segment (e.g. by a resolver continuing after its own await) is sent at once.
/// </summary>
public sealed class BatchDispatcher
{
    /// <summary>The <see cref="IResolverContext.RequestData"/> key under which the executor keeps the request's dispatcher.</summary>
    public const string RequestDataKey = "Flowserv.GraphQL.BatchDispatcher";

    private readonly Lock gate = new();
    private readonly Dictionary<string, object> loaders = [];
    private List<IBatchLoader> waiting = [];
    private int activeSegments;

    internal interface IBatchLoader
    {
        void DispatchBatch();
    }

    /// <summary>The request's dispatcher, created on first use.</summary>
    public static BatchDispatcher For(IDictionary<string, object?> requestData)
    {
        lock (requestData)
        {
            if (requestData.TryGetValue(RequestDataKey, out var existing) && existing is BatchDispatcher dispatcher)
            {
                return dispatcher;
            }

            dispatcher = new BatchDispatcher();
            requestData[RequestDataKey] = dispatcher;
            return dispatcher;
        }
    }

    /// <summary>The loader registered under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public T GetOrAddLoader<T>(string key, Func<BatchDispatcher, T> create)
        where T : class
    {
        lock (gate)
        {
            if (!loaders.TryGetValue(key, out var loader))
            {
                loader = create(this);
                loaders.Add(key, loader);
            }

            return (T)loader;
        }
    }

    internal void EnterSegment() => Interlocked.Increment(ref activeSegments);

    internal void ExitSegment()
    {
        if (Interlocked.Decrement(ref activeSegments) == 0)
        {
            Dispatch();
        }
    }

    internal void Schedule(IBatchLoader loader)
    {
        lock (gate)
        {
            waiting.Add(loader);
        }

        if (Volatile.Read(ref activeSegments) == 0)
        {
            Dispatch();
        }
    }

    private void Dispatch()
    {
        while (true)
        {
            List<IBatchLoader> ready;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    return;
                }

                ready = waiting;
                waiting = [];
            }

            foreach (var loader in ready)
            {
                loader.DispatchBatch();
            }
        }
    }
}
