using Flowserv.Engine.Configuration;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// Tests of what only PostgreSQL offers (several nodes on one database) carry this trait: ./test.sh leaves
/// them out of its SQLite pass and runs them in its PostgreSQL pass. Run without PostgreSQL they fail and
/// say why, instead of passing without having tested anything.
/// </summary>
internal static class PostgresOnly
{
    public const string Trait = "Category";
    public const string Value = "PostgreSQL";

    public static void Require(EngineFixture engine) =>
        Assert.True(
            engine.Database.Provider == DatabaseProvider.PostgreSql,
            $"this test needs PostgreSQL: set {TestDatabase.Variable} to the URL tests/postgres/start-postgres.sh prints");
}
