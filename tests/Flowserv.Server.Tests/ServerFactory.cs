using Flowserv.Engine.Configuration;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Flowserv.Server.Tests;

/// <summary>
/// The real server pipeline on a test host, with its data in a fresh temporary folder and a fresh
/// <see cref="TestDatabase"/> (the default SQLite file in that folder, or a PostgreSQL database of its own when
/// FLOWSERV_TEST_DATABASE is set), and optional extra settings.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private TestDatabase? databaseToDrop;

    public ServerFactory()
    {
        // The factory's hooks are synchronous; off the test's synchronization context, blocking cannot deadlock.
        databaseToDrop = Task.Run(() => TestDatabase.CreateAsync(ApiDirectory)).GetAwaiter().GetResult();
        Database = databaseToDrop.Settings;
    }

    public DatabaseSettings Database { get; }

    /// <summary>Settings applied after the defaults, e.g. <c>FLOWSERV_MAX_COMPLEXITY</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string ApiDirectory { get; } = Path.Combine(Path.GetTempPath(), "flowserv-server-tests-" + Guid.NewGuid().ToString("N"));

    // Each host gets its own Quartz scheduler name, so test classes can run their hosts side by side.
    // SQLite stays the server's own default (no FLOWSERV_DATABASE), which is what a fresh install runs on.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseSetting(EnvironmentVariables.ApiDirectory, ApiDirectory)
            .UseSetting(EnvironmentVariables.SchedulerName, "flowserv-test-" + Guid.NewGuid().ToString("N"));
        if (Database.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseSetting(EnvironmentVariables.Database, Database.ConnectionString);
        }
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
    }

    /// <summary>Drops the database and deletes the folder once the hosts are gone (the base may call this more than once).</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || Interlocked.Exchange(ref databaseToDrop, null) is not { } dropped)
        {
            return;
        }
        Task.Run(() => dropped.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        if (Directory.Exists(ApiDirectory))
        {
            Directory.Delete(ApiDirectory, recursive: true);
        }
    }
}
