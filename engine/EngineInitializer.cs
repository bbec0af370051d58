using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine;

/// <summary>
/// Prepares a node at start-up: applies the provider's EF Core migrations, creates the default user, and
/// installs the Hello World benchmark into a database without workflows.
/// </summary>
public sealed class EngineInitializer(IServiceScopeFactory scopes, EngineOptions options, PasswordHasher hasher, TimeProvider clock)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.ApiDirectory);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowservDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (leaderboards, downloads) proceed while a run writes its log.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(cancellationToken);
        await EnsureDefaultUserAsync(db, cancellationToken);
        if (options.InstallSampleWorkflow)
        {
            await InstallSampleAsync(db, scope.ServiceProvider.GetRequiredService<WorkflowService>(), cancellationToken);
        }
    }

    // Nodes starting together on an empty database must not each install it (workflow names are made unique,
    // so a second copy would not even conflict): the check and the install hold the database's write lock on
    // SQLite (every transaction begins IMMEDIATE) and an advisory lock on PostgreSQL.
    private static async Task InstallSampleAsync(FlowservDbContext db, WorkflowService workflows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('flowserv:sample-workflow', 0))", cancellationToken);
        }
        if (!await db.Workflows.AnyAsync(cancellationToken))
        {
            await workflows.InstallSampleAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task EnsureDefaultUserAsync(FlowservDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Id == User.DefaultUserId, cancellationToken))
        {
            return;
        }
        db.Users.Add(DefaultUser.Create(hasher, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node may have created it first; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.Users.AnyAsync(u => u.Id == User.DefaultUserId, cancellationToken))
            {
                throw;
            }
        }
    }
}
