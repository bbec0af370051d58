using System.Diagnostics;
using System.Text.Json;
using Flowserv.GraphQL.AspNetCore.Tests.Http;

namespace Flowserv.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// A real headless Chromium opens the endpoint serving the real Banana Cake Pop assets (fetched by
/// server/ide/fetch-ide.sh) and the IDE loads and introspects the schema; the screenshot goes to
/// artifacts/screenshots/ide.png. Chromium comes from tests/browser/install-chromium.sh.
/// </summary>
public sealed class IdeBrowserTests
{
    [Fact]
    public async Task The_IDE_loads_in_a_browser_and_introspects_the_schema()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: run tests/browser/install-chromium.sh.");
        await FetchIdeAsync();
        var assets = Path.Combine(NodeDriver.RepoRoot, "server", "wwwroot", "ide");
        var screenshot = Path.Combine(NodeDriver.RepoRoot, "artifacts", "screenshots", "ide.png");
        await using var server = await TestServer.StartAsync(configure: options => options.IdeAssetsPath = assets);

        var (exitCode, output, errors) = await NodeDriver.RunAsync("tests/conformance/ide-browser-check.mjs", TimeSpan.FromMinutes(3), server.Endpoint.ToString(), screenshot);

        Assert.True(exitCode == 0, output + errors);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(200, report.RootElement.GetProperty("introspection").GetProperty("status").GetInt32());
        Assert.True(report.RootElement.GetProperty("introspection").GetProperty("types").GetInt32() > 5);
        Assert.True(report.RootElement.GetProperty("schemaAvailable").GetBoolean());
        Assert.True(File.Exists(screenshot));
    }

    private static async Task FetchIdeAsync()
    {
        using var fetch = Process.Start(new ProcessStartInfo("bash", [Path.Combine(NodeDriver.RepoRoot, "server", "ide", "fetch-ide.sh")]) { RedirectStandardError = true })!;
        var errors = await fetch.StandardError.ReadToEndAsync();
        await fetch.WaitForExitAsync();
        Assert.True(fetch.ExitCode == 0, "server/ide/fetch-ide.sh failed: " + errors);
    }
}
