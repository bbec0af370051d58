using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Follows one stream of sequenced items: replay from the database after a sequence number, then live items.
/// Within a stream, commits happen in sequence order (see <see cref="StreamSequences"/>), so a live item that
/// skips ahead only means an earlier commit was announced later; the gap is then read back from the database,
/// as is everything after the last item seen when the bus asks for a catch-up.
/// </summary>
internal sealed class SequencedStream<T>(
    StreamSubscribers<T> subscribers,
    Func<T, long> sequenceOf,
    Func<string, long, CancellationToken, Task<IReadOnlyList<T>>> readPageAfter)
    where T : class
{
    public async IAsyncEnumerable<T> FollowAsync(string key, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = Channel.CreateUnbounded<LiveSignal<T>>(new UnboundedChannelOptions { SingleReader = true });
        // Registered before the replay query, so nothing committed in between is missed.
        using var registration = subscribers.Add(key, live.Writer);
        var last = afterSequence;
        await foreach (var item in ReadStoredAsync(key, last, cancellationToken))
        {
            last = sequenceOf(item);
            yield return item;
        }
        await foreach (var signal in live.Reader.ReadAllAsync(cancellationToken))
        {
            if (signal.Item is { } item && sequenceOf(item) <= last)
            {
                continue;
            }
            if (signal.Item is { } next && sequenceOf(next) == last + 1)
            {
                last = sequenceOf(next);
                yield return next;
                continue;
            }
            await foreach (var missed in ReadStoredAsync(key, last, cancellationToken))
            {
                last = sequenceOf(missed);
                yield return missed;
            }
        }
    }

    /// <summary>Reads items <paramref name="first"/> to <paramref name="last"/> of <paramref name="key"/> from the database and publishes them to its subscribers.</summary>
    public async Task AnnounceStoredAsync(string key, long first, long last, CancellationToken cancellationToken)
    {
        await foreach (var item in ReadStoredAsync(key, first - 1, cancellationToken))
        {
            if (sequenceOf(item) > last)
            {
                return;
            }
            subscribers.Publish(key, item);
        }
    }

    private async IAsyncEnumerable<T> ReadStoredAsync(string key, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await readPageAfter(key, afterSequence, cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }
            foreach (var item in page)
            {
                yield return item;
            }
            afterSequence = sequenceOf(page[^1]);
        }
    }
}
