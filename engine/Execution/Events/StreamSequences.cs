using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
        if (db.IsPostgreSql)
        {
            // One fixed order for every writer, so two transactions locking overlapping streams cannot deadlock;
            // PostgreSQL evaluates a volatile output column after the sort. The read below is a statement of its
            // own, so its snapshot is taken once the locks are held.
            var ordered = streams.Order(StringComparer.Ordinal).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended(stream, 0)) FROM unnest({ordered}) WITH ORDINALITY AS s(stream, position) ORDER BY position",
                cancellationToken);
        }
        return await ReadLastAsync(db, [.. streams], cancellationToken);
    }

    // A result row holds at most 2,000 columns on SQLite and 1,664 on PostgreSQL; a bulk save touches more streams.
    private const int StreamsPerStatement = 500;

    // One round trip per 500 streams, with one subquery per stream: the maximum under one stream id is a single
    // probe of the primary key, where a query grouping several streams reads every event of each (and a
    // workflow's stream holds all its runs').
    private static async Task<Dictionary<string, long>> ReadLastAsync(
        FlowservDbContext db, IReadOnlyList<string> streams, CancellationToken cancellationToken)
    {
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in streams.Chunk(StreamsPerStatement))
        {
            await ReadLastAsync(db, chunk, last, cancellationToken);
        }
        return last;
    }

    private static async Task ReadLastAsync(
        FlowservDbContext db, string[] streams, Dictionary<string, long> last, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT " + string.Join(", ", streams.Select((stream, position) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@s" + position;
            parameter.Value = stream;
            command.Parameters.Add(parameter);
            return $"(SELECT MAX(sequence) FROM run_event WHERE stream_id = {parameter.ParameterName})";
        }));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        for (var position = 0; position < streams.Length; position++)
        {
            last[streams[position]] = await reader.IsDBNullAsync(position, cancellationToken) ? 0 : reader.GetInt64(position);
        }
    }
}
