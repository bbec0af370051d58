using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Follows one stream of sequenced items: replay from the database after a sequence number, then live items.
/// Within a stream, commits happen in sequence order (see <see cref="StreamSequences"/>), so a live item that
/// skips ahead only means an earlier commit was announced later; the gap is then read back from the database.
/// </summary>
internal sealed class SequencedStream<T>(
    StreamSubscribers<T> subscribers,
    Func<T, long> sequenceOf,
    Func<string, long, CancellationToken, Task<IReadOnlyList<T>>> readPageAfter)
{
    public async IAsyncEnumerable<T> FollowAsync(string key, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
        // Registered before the replay query, so nothing committed in between is missed.
        using var registration = subscribers.Add(key, live.Writer);
        var last = afterSequence;
        await foreach (var item in ReadStoredAsync(key, last, cancellationToken))
        {
            last = sequenceOf(item);
            yield return item;
        }
        await foreach (var item in live.Reader.ReadAllAsync(cancellationToken))
        {
            var sequence = sequenceOf(item);
            if (sequence <= last)
            {
                continue;
            }
            if (sequence == last + 1)
            {
                last = sequence;
                yield return item;
                continue;
            }
            await foreach (var missed in ReadStoredAsync(key, last, cancellationToken))
            {
                last = sequenceOf(missed);
                yield return missed;
            }
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
