using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
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
        if (options.InstallSampleWorkflow && !await db.Workflows.AnyAsync(cancellationToken))
        {
            await InstallSampleAsync(db, scope.ServiceProvider.GetRequiredService<WorkflowService>(), cancellationToken);
        }
    }

    private static async Task InstallSampleAsync(FlowservDbContext db, WorkflowService workflows, CancellationToken cancellationToken)
    {
        try
        {
            await workflows.InstallSampleAsync(cancellationToken);
        }
        catch (ConstraintViolationException)
        {
            // Nodes starting together on an empty database all try; the unique workflow name lets one win,
            // and the others leave nothing behind. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.Workflows.AnyAsync(cancellationToken))
            {
                throw;
            }
        }
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
