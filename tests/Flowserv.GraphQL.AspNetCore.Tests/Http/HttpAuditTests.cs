using System.Text.Json;
using Xunit.Abstractions;

namespace Flowserv.GraphQL.AspNetCore.Tests.Http;

/// <summary>graphql-http 1.23.1's server audits (the GraphQL-over-HTTP conformance suite) against the endpoint.</summary>
public sealed class HttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        await using var server = await TestServer.StartAsync();

        var (_, stdout, stderr) = await NodeDriver.RunAsync("tests/conformance/http-audit.mjs", TimeSpan.FromMinutes(2), server.Endpoint.ToString());

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var audits = lines.Where(line => line.TryGetProperty("id", out _)).ToList();
        var failures = audits
            .Where(audit => audit.GetProperty("requirement").GetString() is "MUST" or "SHOULD" && audit.GetProperty("status").GetString() != "ok")
            .Select(audit => audit.ToString())
            .ToList();
        var summary = lines.Single(line => line.TryGetProperty("summary", out _)).GetProperty("summary");
        output.WriteLine(summary.ToString());

        Assert.True(audits.Count > 30, "The audit printed too few results; stderr: " + stderr);
        Assert.True(summary.GetProperty("MUST").GetProperty("total").GetInt32() > 0);
        Assert.True(summary.GetProperty("SHOULD").GetProperty("total").GetInt32() > 0);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
