using System.Globalization;
using System.Text;
using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The PostgreSQL NOTIFY messages that tell every node which stored items a transaction added: per stream,
/// its first and last new sequence number, never the items themselves (a payload holds under 8000 bytes; the
/// listener reads the rows). Sent inside the writing transaction, so PostgreSQL delivers them exactly when
/// it commits, in commit order, and a node that dies right after its commit has still announced it. Each
/// payload starts with its sender, so a node can pass over its own commits, which it published at once.
/// </summary>
internal static class RunEventNotifications
{
    public const string Channel = "flowserv_run_events";

    // PostgreSQL refuses payloads of 8000 bytes or more; stream keys are ids, so lines are short.
    private const int MaxPayloadBytes = 7000;

    public static async Task SendAsync(FlowservDbContext db, string sender, IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> lines, CancellationToken cancellationToken)
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
        var payloads = Payloads(sender, ranges).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, payload) FROM unnest({payloads}) AS payload", cancellationToken);
    }

    public static bool IsFrom(string payload, string sender) => payload.StartsWith(SenderLine(sender), StringComparison.Ordinal);

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

    // Parse passes over it: it has fewer fields than a range.
    private static string SenderLine(string sender) => $"s\t{sender}\n";

    private static IEnumerable<string> Payloads(string sender, IEnumerable<StoredRange> ranges)
    {
        var header = SenderLine(sender);
        var payload = new StringBuilder(header);
        foreach (var range in ranges)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{(range.Kind == StoredKind.Log ? "l" : "e")}\t{range.First}\t{range.Last}\t{range.Key}\n");
            if (payload.Length > header.Length && Encoding.UTF8.GetByteCount(payload.ToString()) + Encoding.UTF8.GetByteCount(line) > MaxPayloadBytes)
            {
                yield return payload.ToString();
                payload.Clear().Append(header);
            }
            payload.Append(line);
        }
        yield return payload.ToString();
    }
}
