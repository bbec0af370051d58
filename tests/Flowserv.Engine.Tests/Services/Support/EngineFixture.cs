using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>
/// A real engine over a fresh <see cref="TestDatabase"/> (SQLite in a temporary folder, or PostgreSQL),
/// initialized as at start-up. Every service property opens a new DI scope, like a new request, so no
/// test passes because of EF's change tracker.
/// </summary>
internal sealed class EngineFixture : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly List<AsyncServiceScope> scopes = [];

    private EngineFixture(TempDirectory directory, TestDatabase database, ServiceProvider provider, EngineOptions options)
    {
        Directory = directory;
        Database = database;
        this.provider = provider;
        Options = options;
    }

    public TempDirectory Directory { get; }

    public TestDatabase Database { get; }

    public EngineOptions Options { get; }

    public ManualClock Clock { get; } = new();

    public RecordingScheduler Scheduler { get; } = new();

    public CommandCounter Commands { get; } = new();

    public UserService Users => Get<UserService>();

    public GroupService Groups => Get<GroupService>();

    public UploadService Uploads => Get<UploadService>();

    public WorkflowService Workflows => Get<WorkflowService>();

    public RunService Runs => Get<RunService>();

    public LeaderboardService Leaderboards => Get<LeaderboardService>();

    public FlowservDbContext Db => Get<FlowservDbContext>();

    public Caller OpenCaller => new(User.DefaultUserId, User.DefaultUserId, true);

    public static async Task<EngineFixture> CreateAsync(
        AuthMode authMode = AuthMode.Default,
        IReadOnlySet<string>? administrators = null,
        bool installSample = false)
    {
        var directory = new TempDirectory();
        var database = await TestDatabase.CreateAsync(directory.Path);
        var options = new EngineOptions
        {
            ApiDirectory = directory.Path,
            Database = database.Settings,
            AuthMode = authMode,
            Administrators = administrators ?? new HashSet<string>(),
            InstallSampleWorkflow = installSample,
            PasswordHashIterations = 1000,
        };
        var services = new ServiceCollection();
        var fixture = default(EngineFixture);
        services.AddSingleton<TimeProvider>(_ => fixture!.Clock);
        services.AddSingleton<IRunScheduler>(_ => fixture!.Scheduler);
        services.AddFlowservEngine(options);
        CountCommands(services, database.Provider, builder => builder.AddInterceptors(fixture!.Commands));
        fixture = new EngineFixture(directory, database, services.BuildServiceProvider(), options);
        try
        {
            await fixture.Get<EngineInitializer>().InitializeAsync();
        }
        catch
        {
            // The test never gets the fixture, so drop its database here.
            await fixture.DisposeAsync();
            throw;
        }
        return fixture;
    }

    public T Get<T>()
        where T : notnull
    {
        var scope = provider.CreateAsyncScope();
        scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>Registers an active user and signs them in.</summary>
    public async Task<Caller> SignInAsync(string name, string password = "secret")
    {
        await Users.RegisterAsync(name, password, verify: false);
        var login = await Users.LoginAsync(name, password);
        return await Users.AuthenticateAsync(login.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
        await provider.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Dispose();
    }

    /// <summary>Options apply per concrete context type, so name the one the provider uses.</summary>
    private static void CountCommands(ServiceCollection services, DatabaseProvider provider, Action<DbContextOptionsBuilder> addCounter)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.ConfigureDbContext<PostgresFlowservDbContext>(addCounter);
        }
        else
        {
            services.ConfigureDbContext<SqliteFlowservDbContext>(addCounter);
        }
    }
}
