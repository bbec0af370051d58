using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Flowserv.Server.Tests;

/// <summary>The real server pipeline on a test host, with its data in a fresh temporary folder.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    public string ApiDirectory { get; } = Path.Combine(Path.GetTempPath(), "flowserv-server-tests-" + Guid.NewGuid().ToString("N"));

    // Each host gets its own Quartz scheduler name, so test classes can run their hosts side by side.
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting("FLOWSERV_API_DIR", ApiDirectory)
            .UseSetting("FLOWSERV_SCHEDULER_NAME", "flowserv-test-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(ApiDirectory))
        {
            Directory.Delete(ApiDirectory, recursive: true);
        }
    }
}
