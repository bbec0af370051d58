using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;

namespace Flowserv.Engine.Execution.Events;

/// <summary>The live subscribers of one kind of item, by stream key.</summary>
internal sealed class StreamSubscribers<T>
{
    private readonly ConcurrentDictionary<string, ImmutableList<ChannelWriter<T>>> subscribers = new(StringComparer.Ordinal);

    public IDisposable Add(string key, ChannelWriter<T> writer)
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
                writer.TryWrite(item);
            }
        }
    }

    private void Remove(string key, ChannelWriter<T> writer)
    {
        while (subscribers.TryGetValue(key, out var writers))
        {
            var remaining = writers.Remove(writer);
            var done = remaining.IsEmpty
                ? subscribers.TryRemove(new KeyValuePair<string, ImmutableList<ChannelWriter<T>>>(key, writers))
                : subscribers.TryUpdate(key, remaining, writers);
            if (done)
            {
                return;
            }
        }
    }

    private sealed class Registration(StreamSubscribers<T> owner, string key, ChannelWriter<T> writer) : IDisposable
    {
        public void Dispose() => owner.Remove(key, writer);
    }
}
