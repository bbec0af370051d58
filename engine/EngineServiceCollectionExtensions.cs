using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Flowserv.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine's database, file store and services. Without <paramref name="options"/> the
    /// FLOWSERV_* environment variables apply. The host must also register an <see cref="IRunScheduler"/>
    /// and call <see cref="EngineInitializer.InitializeAsync"/> once at start-up.
    /// </summary>
    public static IServiceCollection AddFlowservEngine(this IServiceCollection services, EngineOptions? options = null)
    {
        options ??= EngineOptions.FromEnvironment();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new FileStore(options.ApiDirectory));
        services.AddSingleton(new PasswordHasher(options.PasswordHashIterations));
        services.AddSingleton<WorkflowTemplates>();
        services.TryAddSingleton<IRunEventBus, InProcessRunEventBus>();
        services.AddSingleton<RunEventRecorder>();
        AddDatabase(services, options.EffectiveDatabase);
        services.AddScoped<AccessPolicy>();
        services.AddScoped<UserService>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<GroupService>();
        services.AddScoped<UploadService>();
        services.AddScoped<RunService>();
        services.AddScoped<LeaderboardService>();
        services.AddSingleton<EngineInitializer>();
        return services;
    }

    private static void AddDatabase(IServiceCollection services, DatabaseSettings database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddContext<SqliteFlowservDbContext>(services, builder =>
                    builder.UseSqlite(database.ConnectionString).AddInterceptors(new SqliteConnectionSetup()));
                break;
            case DatabaseProvider.PostgreSql:
                AddContext<PostgresFlowservDbContext>(services, builder => builder.UseNpgsql(database.ConnectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "unknown database provider");
        }
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : FlowservDbContext
    {
        // Every context records run events, so no code path can change a run without announcing it.
        services.AddDbContextFactory<TContext>((provider, builder) =>
        {
            configure(builder);
            builder.AddInterceptors(provider.GetRequiredService<RunEventRecorder>());
        });
        services.AddScoped<FlowservDbContext>(provider => provider.GetRequiredService<TContext>());
        services.AddSingleton<IDbContextFactory<FlowservDbContext>>(provider =>
            new FlowservDbContextFactory<TContext>(provider.GetRequiredService<IDbContextFactory<TContext>>()));
    }
}
