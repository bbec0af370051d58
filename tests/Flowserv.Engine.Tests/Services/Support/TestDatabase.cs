using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>
/// The database one test's engine runs on. By default the engine's own default, SQLite in its API
/// directory. With <see cref="Variable"/> set to a PostgreSQL URL or connection string (see
/// tests/postgres/start-postgres.sh; any other value means SQLite), a fresh, uniquely named database on
/// that server, created here and dropped on dispose, so tests stay independent and can run in parallel
/// as they do on SQLite. The role needs CREATEDB.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "FLOWSERV_TEST_DATABASE";

    /// <summary>Connects to the server's own database, to create and drop the test's database.</summary>
    private readonly string? serverConnectionString;

    private TestDatabase(DatabaseSettings settings, string? serverConnectionString)
    {
        Settings = settings;
        this.serverConnectionString = serverConnectionString;
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    public static async Task<TestDatabase> CreateAsync(string apiDirectory)
    {
        var server = DatabaseSettings.Parse(Environment.GetEnvironmentVariable(Variable), apiDirectory);
        if (server.Provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseSettings.Parse(null, apiDirectory), null);
        }
        var name = $"flowserv_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, database.ConnectionString), server.ConnectionString);
    }

    /// <summary>The names of the tables in <paramref name="db"/>, from its provider's own catalog.</summary>
    public static Task<List<string>> TableNamesAsync(FlowservDbContext db) =>
        db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
            ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();

    public async ValueTask DisposeAsync()
    {
        if (serverConnectionString is null)
        {
            // Pooled SQLite connections keep the file open; the test deletes the folder next.
            SqliteConnection.ClearAllPools();
            return;
        }
        await using (var connection = new NpgsqlConnection(Settings.ConnectionString))
        {
            // Closes the engine's idle pooled connections, which would keep the database in use.
            NpgsqlConnection.ClearPool(connection);
        }
        // No WITH (FORCE): that needs rights over other sessions (autovacuum's too), and a connection
        // still open here is a leak worth failing on. The server waits a few seconds for closing ones.
        var name = new NpgsqlConnectionStringBuilder(Settings.ConnectionString).Database;
        await ExecuteAsync(serverConnectionString, $"DROP DATABASE \"{name}\"");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
