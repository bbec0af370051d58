using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The legacy <c>graphql-ws</c> subprotocol (Apollo subscriptions-transport-ws) over a raw client socket.</summary>
public sealed class SubscriptionsTransportWsTests
{
    [Fact]
    public async Task The_server_echoes_graphql_ws_and_sends_ka_right_after_the_ack()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);

        await client.InitializeAsync();

        Assert.Equal("graphql-ws", client.SubProtocol);
        Assert.Equal("ka", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task Keep_alive_repeats_at_the_configured_interval()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("ka", (await client.ReceiveAsync()).Type());
        }
    }

    [Fact]
    public async Task A_start_sent_before_the_ack_arrives_is_answered_with_every_event_then_complete()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);

        await client.SendAsync("connection_init", payload: new JsonObject());
        await client.SubscribeAsync("1", "subscription { count(to: 5) }", type: "start");

        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type());
        for (var expected = 1; expected <= 5; expected++)
        {
            var data = await client.ReceiveSkippingKeepAliveAsync();
            Assert.Equal(("data", "1"), (data.Type(), data.Id()));
            Assert.Equal($$$"""{"data":{"count":{{{expected}}}}}""", data.Payload().GetRawText());
        }

        Assert.Equal(("complete", "1"), ((await client.ReceiveSkippingKeepAliveAsync()).Type(), "1"));
    }

    [Fact]
    public async Task Validation_errors_come_as_a_data_message_with_errors_then_complete()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("1", "{ nope }", type: "start");

        var data = await client.ReceiveSkippingKeepAliveAsync();
        Assert.Equal(("data", "1"), (data.Type(), data.Id()));
        Assert.False(data.Payload().TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", data.Payload().GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var complete = await client.ReceiveSkippingKeepAliveAsync();
        Assert.Equal(("complete", "1"), (complete.Type(), complete.Id()));
    }

    [Fact]
    public async Task Stop_ends_the_subscription_and_a_start_may_reuse_its_id()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.KeepAliveInterval = null);
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("1", "subscription { ticks(intervalMs: 20) }", type: "start");
        Assert.Equal("data", (await client.ReceiveAsync()).Type());

        await client.SendAsync("stop", "1");
        await client.SubscribeAsync("1", "{ hello }", type: "start");

        // Ticks sent before the server read the stop may still arrive, but none after the reused id's answer.
        while (!(await client.ReceiveAsync()).Payload().GetProperty("data").TryGetProperty("hello", out _))
        {
        }

        Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        await client.SendAsync("connection_terminate");
        var (code, _, messages) = await client.ReceiveCloseAsync();
        Assert.Equal(1000, code);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_malformed_message_gets_connection_error_and_the_socket_stays_open()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();

        await client.SendTextAsync("not json");

        Assert.Equal("connection_error", (await client.ReceiveSkippingKeepAliveAsync()).Type());
        await client.SubscribeAsync("1", "{ hello }", type: "start");
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", (await client.ReceiveSkippingKeepAliveAsync()).Payload().GetRawText());
    }

    [Fact]
    public async Task A_refused_connection_init_gets_connection_error_then_close_4403()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor>(new TokenInterceptor()));
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);

        await client.SendAsync("connection_init", payload: new JsonObject { ["authorization"] = "Bearer intruder" });
        var (code, _, messages) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Equal("connection_error", Assert.Single(messages).Type());
    }

    [Fact]
    public async Task The_interceptors_request_data_reaches_operations()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor>(new TokenInterceptor()));
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync(new JsonObject { ["authorization"] = "Bearer bob" });

        await client.SubscribeAsync("1", "{ whoami }", type: "start");

        Assert.Equal("""{"data":{"whoami":"bob"}}""", (await client.ReceiveSkippingKeepAliveAsync()).Payload().GetRawText());
    }

    [Fact]
    public async Task One_operation_beyond_the_limit_gets_an_error_message()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.MaxSubscriptionsPerConnection = 1);
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("1", "subscription { ticks(intervalMs: 100000) }", type: "start");

        await client.SubscribeAsync("2", "subscription { ticks(intervalMs: 100000) }", type: "start");

        var error = await client.ReceiveSkippingKeepAliveAsync();
        Assert.Equal(("error", "2"), (error.Type(), error.Id()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.Payload()[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Stopping_the_host_completes_every_subscription_then_closes_with_1001()
    {
        var server = await TestServer.StartAsync(configure: options => options.WebSockets.KeepAliveInterval = null);
        await using var client = await WebSocketTestClient.ConnectLegacyAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("1", "subscription { ticks(intervalMs: 20) }", type: "start");
        Assert.Equal("data", (await client.ReceiveAsync()).Type());

        var stopping = server.DisposeAsync().AsTask();
        var (code, _, messages) = await client.ReceiveCloseAsync();
        await stopping;

        Assert.Equal(1001, code);
        Assert.Equal(("complete", "1"), (messages[^1].Type(), messages[^1].Id()));
    }
}
