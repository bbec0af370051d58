using System.Text;
using System.Text.Json;
using Flowserv.Engine.Errors;
using Flowserv.Server.Configuration;

namespace Flowserv.Server.Tests;

/// <summary>The operation limits a client meets, and how FLOWSERV_MAX_DEPTH / FLOWSERV_MAX_COMPLEXITY change them.</summary>
public sealed class QueryLimitsTests
{
    // 100 runs with a few nested fields each: what a run dashboard asks for on one page.
    private const string RunDashboardPage = "{ runs(first: 100) { nodes { id state group { name } workflow { name } files { name size } } } }";

    [Fact]
    public async Task TheDefaultComplexityLimitAdmitsAPageOf100RunsWithTheirDetails()
    {
        using var factory = new ServerFactory();

        var errors = await ErrorCodes(factory, RunDashboardPage);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ConfiguredLimitsRefuseOperationsBeyondThem()
    {
        using var factory = new ServerFactory
        {
            Settings = new Dictionary<string, string> { ["FLOWSERV_MAX_DEPTH"] = "4", ["FLOWSERV_MAX_COMPLEXITY"] = "50" },
        };

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], await ErrorCodes(factory, RunDashboardPage));
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], await ErrorCodes(factory, "{ me { groups { nodes { workflow { name } } } } }"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void ALimitThatIsNotAPositiveIntegerIsAConfigurationError(string value)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() =>
            QueryLimits.FromSettings(name => name == "FLOWSERV_MAX_COMPLEXITY" ? value : null));

        Assert.Contains("FLOWSERV_MAX_COMPLEXITY", error.Message);
    }

    private static async Task<string[]> ErrorCodes(ServerFactory factory, string query)
    {
        var body = JsonSerializer.Serialize(new { query });
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString() ?? "")]
            : [];
    }
}
