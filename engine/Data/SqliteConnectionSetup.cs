using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Flowserv.Engine.Data;

/// <summary>
/// Gives every SQLite connection a 64 MiB page cache (the default is 2 MiB). Ranking runs looks up
/// result rows by random ids; with the small default cache most lookups become file reads.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -65536;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
