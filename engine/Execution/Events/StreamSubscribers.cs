using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;

namespace Flowserv.Engine.Execution.Events;

/// <summary>The live subscribers of one kind of item, by stream key.</summary>
internal sealed class StreamSubscribers<T>
    where T : class
{
    private readonly ConcurrentDictionary<string, ImmutableList<ChannelWriter<LiveSignal<T>>>> subscribers = new(StringComparer.Ordinal);

    public bool HasSubscribers(string key) => subscribers.ContainsKey(key);

    public IDisposable Add(string key, ChannelWriter<LiveSignal<T>> writer)
    {
        subscribers.AddOrUpdate(key, _ => [writer], (_, list) => list.Add(writer));
        return new Registration(this, key, writer);
    }

    public void Publish(string key, T item)
    {
        if (subscribers.TryGetValue(key, out var writers))
        {
            foreach (var writer in writers)
            {
                writer.TryWrite(new LiveSignal<T>(item));
            }
        }
    }

    /// <summary>Tells every subscriber of every stream to read what it may have missed from the database.</summary>
    public void RequestCatchUp()
    {
        foreach (var writer in subscribers.Values.SelectMany(writers => writers))
        {
            writer.TryWrite(LiveSignal<T>.CatchUp);
        }
    }

    private void Remove(string key, ChannelWriter<LiveSignal<T>> writer)
    {
        while (subscribers.TryGetValue(key, out var writers))
        {
            var remaining = writers.Remove(writer);
            var done = remaining.IsEmpty
                ? subscribers.TryRemove(new KeyValuePair<string, ImmutableList<ChannelWriter<LiveSignal<T>>>>(key, writers))
                : subscribers.TryUpdate(key, remaining, writers);
            if (done)
            {
                return;
            }
        }
    }

    private sealed class Registration(StreamSubscribers<T> owner, string key, ChannelWriter<LiveSignal<T>> writer) : IDisposable
    {
        public void Dispose() => owner.Remove(key, writer);
    }
}
