using System.Data;
using System.Data.Common;
using Flowserv.Engine.Data;
using Microsoft.Data.Sqlite;

namespace Flowserv.Engine.Execution.Scheduling;

/// <summary>
/// Microsoft.Data.Sqlite for Quartz's job store, with each connection set up like EF Core's
/// (<see cref="SqliteConnectionSetup"/>) as it opens: Quartz commits a few times per run, and with SQLite's
/// defaults each commit waited for the disk, or 150 ms for the write lock.
/// </summary>
internal sealed class SqliteQuartzConnections : DbProviderFactory
{
    public static SqliteQuartzConnections Instance { get; } = new();

    public override DbConnection CreateConnection()
    {
        var connection = SqliteFactory.Instance.CreateConnection();
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Open)
            {
                SqliteConnectionSetup.Apply(connection);
            }
        };
        return connection;
    }

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();
}
