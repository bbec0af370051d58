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
        // One stream at a time: the maximum under one stream id is a single probe of the primary key, where one
        // grouped query over several streams read every event of each, and a workflow's stream holds all its runs'.
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var stream in streams)
        {
            last[stream] = await db.RunEvents.Where(e => e.StreamId == stream).MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        }
        return last;
    }
}
