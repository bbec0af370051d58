using System.Globalization;
using System.Text;
using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The PostgreSQL NOTIFY messages that tell every node which stored items a transaction added: per stream,
/// its first and last new sequence number, never the items themselves (a payload holds under 8000 bytes; the
/// listener reads the rows). Sent inside the writing transaction, so PostgreSQL delivers them exactly when
/// it commits, in commit order, and a node that dies right after its commit has still announced it.
/// </summary>
internal static class RunEventNotifications
{
    public const string Channel = "flowserv_run_events";

    // PostgreSQL refuses payloads of 8000 bytes or more; stream keys are ids, so lines are short.
    private const int MaxPayloadBytes = 7000;

    public static async Task SendAsync(FlowservDbContext db, IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> lines, CancellationToken cancellationToken)
    {
        var ranges = events.GroupBy(e => e.StreamId, StringComparer.Ordinal)
            .Select(g => new StoredRange(StoredKind.Event, g.Key, g.Min(e => e.Sequence), g.Max(e => e.Sequence)))
            .Concat(lines.GroupBy(l => l.RunId, StringComparer.Ordinal)
                .Select(g => new StoredRange(StoredKind.Log, g.Key, g.Min(l => l.Sequence), g.Max(l => l.Sequence))))
            .ToList();
        if (ranges.Count == 0)
        {
            return;
        }
        var payloads = Payloads(ranges).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, payload) FROM unnest({payloads}) AS payload", cancellationToken);
    }

    public static IEnumerable<StoredRange> Parse(string payload)
    {
        foreach (var line in payload.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Split('\t', 4) is [var kind, var first, var last, var key]
                && long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                yield return new StoredRange(kind == "l" ? StoredKind.Log : StoredKind.Event, key, from, to);
            }
        }
    }

    private static IEnumerable<string> Payloads(IEnumerable<StoredRange> ranges)
    {
        var payload = new StringBuilder();
        foreach (var range in ranges)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{(range.Kind == StoredKind.Log ? "l" : "e")}\t{range.First}\t{range.Last}\t{range.Key}\n");
            if (payload.Length > 0 && Encoding.UTF8.GetByteCount(payload.ToString()) + Encoding.UTF8.GetByteCount(line) > MaxPayloadBytes)
            {
                yield return payload.ToString();
                payload.Clear();
            }
            payload.Append(line);
        }
        yield return payload.ToString();
    }
}
