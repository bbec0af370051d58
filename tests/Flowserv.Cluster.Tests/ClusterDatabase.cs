using Flowserv.Engine.Configuration;
using Npgsql;

namespace Flowserv.Cluster.Tests;

/// <summary>
/// A fresh PostgreSQL database for one cluster, on the server FLOWSERV_TEST_DATABASE names (see
/// tests/postgres/start-postgres.sh), dropped on dispose. A cluster needs PostgreSQL, so without the variable
/// the test fails and says so.
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    public const string Variable = "FLOWSERV_TEST_DATABASE";

    private readonly string serverConnectionString;

    private ClusterDatabase(string serverConnectionString, string connectionString)
    {
        this.serverConnectionString = serverConnectionString;
        ConnectionString = connectionString;
    }

    /// <summary>An ADO.NET connection string, which FLOWSERV_DATABASE accepts as well as a URL.</summary>
    public string ConnectionString { get; }

    public string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var setting = Environment.GetEnvironmentVariable(Variable);
        Assert.False(
            string.IsNullOrWhiteSpace(setting),
            $"the cluster tests need PostgreSQL: set {Variable} to the URL tests/postgres/start-postgres.sh prints");
        var server = DatabaseSettings.Parse(setting, Path.GetTempPath());
        Assert.True(server.Provider == DatabaseProvider.PostgreSql, $"{Variable} must name a PostgreSQL server, not '{setting}'");
        var name = $"flowserv_cluster_{Guid.NewGuid():N}";
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return new ClusterDatabase(server.ConnectionString, database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(serverConnectionString, $"DROP DATABASE \"{Name}\"");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
