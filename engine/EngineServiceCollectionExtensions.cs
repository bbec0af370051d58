using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Execution.Postprocessing;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Execution.Scheduling;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Flowserv.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine's database, file store, services and run execution (a Quartz scheduler with its
    /// job store in the engine's database, started with recovery by a hosted service). Without
    /// <paramref name="options"/> the FLOWSERV_* environment variables apply. The host must call
    /// <see cref="EngineInitializer.InitializeAsync"/> once at start-up, before hosted services start; an
    /// <see cref="IRunScheduler"/> registered before this call replaces the Quartz one.
    /// </summary>
    public static IServiceCollection AddFlowservEngine(this IServiceCollection services, EngineOptions? options = null)
    {
        options ??= EngineOptions.FromEnvironment();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new FileStore(options.ApiDirectory));
        services.AddSingleton(new PasswordHasher(options.PasswordHashIterations));
        services.AddSingleton<WorkflowTemplates>();
        AddRunEventBus(services, options.EffectiveDatabase.Provider);
        services.AddSingleton<RunEventRecorder>();
        AddDatabase(services, options.EffectiveDatabase);
        services.AddScoped<AccessPolicy>();
        services.AddScoped<UserService>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<GroupService>();
        services.AddScoped<UploadService>();
        services.AddScoped<RunService>();
        services.AddScoped<LeaderboardService>();
        services.AddScoped<RunFeedService>();
        services.AddSingleton<RunEventRuns>();
        services.AddSingleton<EngineInitializer>();
        AddExecution(services, options);
        return services;
    }

    // Several nodes share a PostgreSQL database and hear each other's commits; a SQLite node is alone.
    private static void AddRunEventBus(IServiceCollection services, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.TryAddSingleton<IRunEventBus, PostgresRunEventBus>();
        }
        else
        {
            services.TryAddSingleton<IRunEventBus, InProcessRunEventBus>();
        }
    }

    private static void AddExecution(IServiceCollection services, EngineOptions options)
    {
        services.TryAddSingleton(_ => RunExecutionOptions.From(options));
        services.TryAddSingleton(new ProcessRunnerOptions());
        services.TryAddSingleton<ProcessRunner>();
        services.AddSingleton<RunningRuns>();
        services.AddSingleton<PostprocessingTrigger>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<RunJobs>();
        services.AddSingleton<RunRecovery>();
        services.TryAddScoped<IRunScheduler, QuartzRunScheduler>();
        services.AddHostedService<RunSchedulerService>();
        var database = options.EffectiveDatabase;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.SchedulerName;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            // One Quartz thread per run: the pool size is the limit on runs executing at once.
            quartz.UseDefaultThreadPool(options.MaxConcurrentRuns);
            quartz.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);
                    // A node counts as dead once it missed a check-in by one more interval; its runs' jobs request
                    // recovery (RunJobs), so a live node fires them again and RunJob takes the runs over.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = options.ClusterCheckin;
                        cluster.CheckinMisfireThreshold = options.ClusterCheckin;
                    });
                }
                else
                {
                    store.UseSqlite(SqliteQuartzConnections.Instance, database.ConnectionString);
                }
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer(_ => { });
            });
        });
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
