namespace Flowserv.Engine.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
