using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Flowserv.Server.Tests;

/// <summary>The real server pipeline on a test host, with its data in a fresh temporary folder.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string apiDirectory = Path.Combine(Path.GetTempPath(), "flowserv-server-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("FLOWSERV_API_DIR", apiDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(apiDirectory))
        {
            Directory.Delete(apiDirectory, recursive: true);
        }
    }
}
