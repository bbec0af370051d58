using System.Text.Json;
using Flowserv.GraphQL.AspNetCore.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// The reference clients subscribe: graphql-ws's own createClient (graphql-transport-ws) and Apollo's
/// legacy SubscriptionClient (graphql-ws), through tests/conformance's drivers.
/// </summary>
public sealed class NodeClientTests
{
    public static TheoryData<string> Drivers => new()
    {
        "tests/conformance/ws-client-subscribe.mjs",
        "tests/conformance/legacy-client-subscribe.cjs",
    };

    [Theory]
    [MemberData(nameof(Drivers))]
    public async Task The_reference_client_receives_every_event_in_order_then_complete(string driver)
    {
        await using var server = await TestServer.StartAsync();

        var events = await RunAsync(driver, server.WebSocketEndpoint.ToString(), "subscription ($to: Int!) { count(to: $to) }", "--variables", """{"to":5}""");

        Assert.Equal(
            ["connected", """next {"data":{"count":1}}""", """next {"data":{"count":2}}""", """next {"data":{"count":3}}""",
             """next {"data":{"count":4}}""", """next {"data":{"count":5}}""", "complete"],
            events.TakeWhile(line => !line.StartsWith("closed", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Drivers))]
    public async Task The_reference_clients_connection_params_reach_the_interceptor(string driver)
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor>(new TokenInterceptor()));

        var events = await RunAsync(driver, server.WebSocketEndpoint.ToString(), "{ whoami }", "--init", """{"authorization":"Bearer carol"}""");

        Assert.Contains("""next {"data":{"whoami":"carol"}}""", events);
        Assert.Contains("complete", events);
    }

    /// <summary>The driver's events as "event payload" lines.</summary>
    private static async Task<List<string>> RunAsync(string driver, params string[] arguments)
    {
        var (exitCode, output, errors) = await NodeDriver.RunAsync(driver, TimeSpan.FromMinutes(1), arguments);
        Assert.True(exitCode == 0, $"{driver} exited with {exitCode}:\n{output}\n{errors}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var message = JsonDocument.Parse(line).RootElement;
            var name = message.GetProperty("event").GetString()!;
            return message.TryGetProperty("payload", out var payload) ? $"{name} {payload.GetRawText()}" : name;
        })];
    }
}
