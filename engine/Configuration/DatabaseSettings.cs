using Microsoft.Data.Sqlite;
using Npgsql;

namespace Flowserv.Engine.Configuration;

/// <summary>
/// Where the metadata lives: FLOWSERV_DATABASE as a <c>postgresql://</c> or <c>sqlite:///</c> URL or an
/// ADO.NET connection string; unset means SQLite <c>flowserv.db</c> in the API directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultFileName = "flowserv.db";

    public static DatabaseSettings Parse(string? setting, string apiDirectory)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return Sqlite(Path.Combine(apiDirectory, DefaultFileName));
        }
        var value = setting.Trim();
        if (value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.PostgreSql, PostgresUrlToConnectionString(value));
        }
        if (value.StartsWith("sqlite:///", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(value["sqlite:///".Length..]);
        }
        return LooksLikeSqlite(value)
            ? new DatabaseSettings(DatabaseProvider.Sqlite, value)
            : new DatabaseSettings(DatabaseProvider.PostgreSql, value);
    }

    private static DatabaseSettings Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    private static bool LooksLikeSqlite(string connectionString) =>
        connectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("DataSource", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Filename", StringComparison.OrdinalIgnoreCase);

    private static string PostgresUrlToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new Errors.InvalidConfigurationException(EnvironmentVariables.Database, url);
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }
        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }
        return builder.ConnectionString;
    }
}
