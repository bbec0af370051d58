using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Flowserv.Engine.Data;

/// <summary>
/// Sets up every SQLite connection, EF Core's here and the job scheduler's (see
/// <see cref="Execution.Scheduling.SqliteQuartzConnections"/>):
/// <list type="bullet">
/// <item>a 64 MiB page cache (the default is 2 MiB): ranking runs looks up result rows by random ids, and with
/// the small default cache most lookups become file reads;</item>
/// <item><c>synchronous = NORMAL</c>, what SQLite recommends with WAL: a commit goes to the WAL without waiting
/// for the disk to flush it, which cost milliseconds per transaction, and a run takes several. A committed
/// transaction still survives a crash of the server process; only a power loss or an operating-system crash
/// can undo the last commits (never corrupt the database), and recovery then sees an earlier state;</item>
/// <item>a busy timeout, so a connection that finds the write lock taken is woken by SQLite as soon as it is
/// free, instead of Microsoft.Data.Sqlite's own retry, which sleeps 150 ms at a time.</item>
/// </list>
/// The settings stay with the pooled native connection, so each is set up once, not at every open (several per run).
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";

    private static readonly ConditionalWeakTable<sqlite3, object> SetUp = [];

    /// <summary>For connections EF Core does not open.</summary>
    public static void Apply(DbConnection connection) =>
        ConfigureOnceAsync(connection, command =>
        {
            command.ExecuteNonQuery();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ConfigureOnceAsync(connection, command => command.ExecuteNonQueryAsync(cancellationToken));

    // At the native connection's first open only; one whose set-up failed is set up at its next open.
    private static async Task ConfigureOnceAsync(DbConnection connection, Func<DbCommand, Task> execute)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (!SetUp.TryAdd(handle, handle))
        {
            return;
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await execute(command);
        }
        catch
        {
            SetUp.Remove(handle);
            throw;
        }
    }
}
