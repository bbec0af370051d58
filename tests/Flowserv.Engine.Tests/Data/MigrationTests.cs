using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Flowserv.Engine.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteFlowservDbContext(new DbContextOptionsBuilder<SqliteFlowservDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: regenerate the SQLite migration (Data/Migrations/README.md)");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresFlowservDbContext(new DbContextOptionsBuilder<PostgresFlowservDbContext>().UseNpgsql("Host=localhost;Database=none").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: regenerate the PostgreSQL migration (Data/Migrations/README.md)");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Initialization_applies_every_migration_creates_the_default_user_and_is_repeatable()
    {
        await using var engine = await EngineFixture.CreateAsync();

        await engine.Get<EngineInitializer>().InitializeAsync();

        var db = engine.Db;
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var user = await db.Users.SingleAsync();
        Assert.Equal((User.DefaultUserId, User.DefaultUserId, true, false), (user.Id, user.Name, user.IsActive, user.IsAdministrator));
        var tables = await TestDatabase.TableNamesAsync(db);
        Assert.Subset(tables.ToHashSet(), new HashSet<string>
        {
            "api_user", "api_key", "password_request", "workflow_template", "workflow_group", "group_member",
            "group_upload_file", "workflow_run", "run_file", "run_message", "run_result", "run_step",
            "run_log_line", "run_event", "workflow_ranking",
        });
    }

    [Fact]
    public async Task Sqlite_connections_get_a_large_page_cache()
    {
        await using var engine = await EngineFixture.CreateAsync();
        if (engine.Database.Provider == DatabaseProvider.PostgreSql)
        {
            // The server sizes its own cache; PRAGMAs would be syntax errors there.
            var interceptors = engine.Db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;
            Assert.DoesNotContain(interceptors, interceptor => interceptor is SqliteConnectionSetup);
            return;
        }

        var pages = await engine.Db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync();

        Assert.Equal(-65536, pages);
    }

    [Fact]
    public async Task Sqlite_runs_in_write_ahead_log_mode()
    {
        await using var engine = await EngineFixture.CreateAsync();
        if (engine.Database.Provider == DatabaseProvider.PostgreSql)
        {
            // PostgreSQL readers never wait for writers anyway; start-up must not send SQLite's PRAGMA.
            Assert.DoesNotContain(engine.Commands.Texts, sql => sql.Contains("PRAGMA", StringComparison.OrdinalIgnoreCase));
            return;
        }

        var mode = await engine.Db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }
}
