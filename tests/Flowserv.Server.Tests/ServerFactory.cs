using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Flowserv.Server.Tests;

/// <summary>The real server pipeline on a test host, with its data in a fresh temporary folder and optional extra settings.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    /// <summary>Settings applied after the defaults, e.g. <c>FLOWSERV_MAX_COMPLEXITY</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string ApiDirectory { get; } = Path.Combine(Path.GetTempPath(), "flowserv-server-tests-" + Guid.NewGuid().ToString("N"));

    // Each host gets its own Quartz scheduler name, so test classes can run their hosts side by side.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseSetting("FLOWSERV_API_DIR", ApiDirectory)
            .UseSetting("FLOWSERV_SCHEDULER_NAME", "flowserv-test-" + Guid.NewGuid().ToString("N"));
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(ApiDirectory))
        {
            Directory.Delete(ApiDirectory, recursive: true);
        }
    }
}
