using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Allocates the next sequence numbers of event streams inside the writer's transaction, so a number is used
/// exactly when its row commits (no gaps, no duplicates). Writers of the same stream must not interleave
/// between reading the last number and committing: on SQLite every EF transaction is <c>BEGIN IMMEDIATE</c>
/// and holds the database's single write lock from its start; on PostgreSQL a transaction-scoped advisory
/// lock per stream does the same for just that stream, and also makes commits follow sequence order.
/// </summary>
internal static class StreamSequences
{
    public static async Task<Dictionary<string, long>> LockAndReadLastAsync(
        FlowservDbContext db, IReadOnlyCollection<string> streams, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // One fixed order for every writer, so two transactions locking overlapping streams cannot deadlock.
            foreach (var stream in streams.Order(StringComparer.Ordinal))
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({stream}, 0))", cancellationToken);
            }
        }
        var last = await db.RunEvents
            .Where(e => streams.Contains(e.StreamId))
            .GroupBy(e => e.StreamId)
            .Select(g => new { Stream = g.Key, Last = g.Max(e => e.Sequence) })
            .ToDictionaryAsync(x => x.Stream, x => x.Last, StringComparer.Ordinal, cancellationToken);
        foreach (var stream in streams)
        {
            last.TryAdd(stream, 0);
        }
        return last;
    }
}
