using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-transport-ws (graphql-ws PROTOCOL.md) over a raw client socket: handshake, messages and every close code.</summary>
public sealed class GraphQLTransportWsTests
{
    [Fact]
    public async Task The_server_echoes_graphql_transport_ws_and_prefers_it_to_the_legacy_protocol()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectAsync(server, "graphql-ws", "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
        await client.InitializeAsync();
    }

    [Fact]
    public async Task An_unsupported_subprotocol_is_closed_with_4406()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectAsync(server, "some-other-protocol");

        var (code, reason, messages) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
        Assert.Equal("Subprotocol not acceptable", reason);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task Ping_is_answered_before_and_after_the_ack_and_a_pong_is_ignored()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);

        Assert.Empty(await client.PingAsync());
        await client.InitializeAsync();
        await client.SendAsync("pong");
        Assert.Empty(await client.PingAsync());
    }

    public static TheoryData<string, bool, string, int> ProtocolViolations => new()
    {
        { "subscribe before the ack", false, """{"type":"subscribe","id":"1","payload":{"query":"{ hello }"}}""", 4401 },
        { "a second connection_init", true, """{"type":"connection_init"}""", 4429 },
        { "an unknown type", true, """{"type":"nonsense"}""", 4400 },
        { "a message without type", true, """{"id":"1"}""", 4400 },
        { "a frame that is not JSON", true, "this is not json", 4400 },
        { "a JSON array", true, "[]", 4400 },
        { "subscribe without id", true, """{"type":"subscribe","payload":{"query":"{ hello }"}}""", 4400 },
        { "subscribe with an empty id", true, """{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", 4400 },
        { "subscribe without query", true, """{"type":"subscribe","id":"1","payload":{}}""", 4400 },
        { "subscribe with variables that are no object", true, """{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[1]}}""", 4400 },
        { "complete without id", true, """{"type":"complete"}""", 4400 },
        { "a server message sent by the client", true, """{"type":"next","id":"1","payload":{}}""", 4400 },
        { "connection_init with a payload that is no object", false, """{"type":"connection_init","payload":"token"}""", 4400 },
    };

    [Theory]
    [MemberData(nameof(ProtocolViolations))]
    public async Task A_protocol_violation_closes_the_socket_with_its_code(string violation, bool initializeFirst, string frame, int expectedCode)
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        if (initializeFirst)
        {
            await client.InitializeAsync();
        }

        await client.SendTextAsync(frame);
        var (code, reason, messages) = await client.ReceiveCloseAsync();

        Assert.True(code == expectedCode, $"{violation}: closed with {code} \"{reason}\", expected {expectedCode}");
        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_socket_without_connection_init_is_closed_with_4408_after_the_configured_timeout()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);

        var (code, reason, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(200)]
    public async Task Subscribing_with_a_running_id_closes_with_4409(int idLength)
    {
        var id = new string('d', idLength);
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync(id, "subscription { ticks(intervalMs: 50) }");
        Assert.Equal("next", (await client.ReceiveAsync()).Type());

        await client.SubscribeAsync(id, "subscription { ticks(intervalMs: 50) }");
        var (code, reason, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4409, code);
        var expected = $"Subscriber for {id} already exists";
        // A close reason holds at most 123 bytes, so a long id is cut short.
        Assert.Equal(expected.Length <= 123 ? expected : expected[..120] + "...", reason);
    }

    [Fact]
    public async Task A_subscription_sends_every_event_in_order_then_complete()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("s1", "subscription ($to: Int!) { count(to: $to) }", new JsonObject { ["to"] = 5 });

        for (var expected = 1; expected <= 5; expected++)
        {
            var next = await client.ReceiveAsync();
            Assert.Equal(("next", "s1"), (next.Type(), next.Id()));
            Assert.Equal($$$"""{"data":{"count":{{{expected}}}}}""", next.Payload().GetRawText());
        }

        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "s1"), (complete.Type(), complete.Id()));
    }

    [Fact]
    public async Task Messages_above_and_below_the_size_of_the_reused_send_buffer_arrive_whole_in_turn()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        string[] texts = ["short", new string('x', 40_000), "short again", new string('y', 1_500)];
        foreach (var (text, index) in texts.Select((text, index) => (text, index)))
        {
            await client.SubscribeAsync($"m{index}", "mutation ($text: String!) { echo(text: $text) }", new JsonObject { ["text"] = text });

            var next = await client.ReceiveAsync();
            Assert.Equal(("next", $"m{index}"), (next.Type(), next.Id()));
            Assert.Equal(text, next.Payload().GetProperty("data").GetProperty("echo").GetString());
            Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        }
    }

    [Theory]
    [InlineData("{ hello }", """{"data":{"hello":"Hello, world!"}}""")]
    [InlineData("mutation { echo(text: \"hi\") }", """{"data":{"echo":"hi"}}""")]
    [InlineData("{ fail }", """{"errors":[{"message":"Failed on purpose.","locations":[{"line":1,"column":3}],"path":["fail"],"extensions":{"code":"TEST_FAILURE"}}],"data":{"fail":null}}""")]
    public async Task A_query_or_mutation_sends_one_next_then_complete(string document, string expectedPayload)
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("q1", document);

        var next = await client.ReceiveAsync();
        Assert.Equal(("next", "q1"), (next.Type(), next.Id()));
        Assert.Equal(expectedPayload, next.Payload().GetRawText());
        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "q1"), (complete.Type(), complete.Id()));
    }

    [Theory]
    [InlineData("{ thisFieldDoesNotExist }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription {", "GRAPHQL_PARSE_FAILED")]
    public async Task A_request_error_sends_error_with_the_graphql_errors_and_no_complete(string document, string code)
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("e1", document);

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "e1"), (error.Type(), error.Id()));
        Assert.Equal(JsonValueKind.Array, error.Payload().ValueKind);
        Assert.Equal(code, error.Payload()[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(await client.PingAsync());
    }

    [Fact]
    public async Task A_failing_source_stream_ends_the_operation_with_an_error()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("f1", "subscription { failing }");

        Assert.Equal("""{"data":{"failing":1}}""", (await client.ReceiveAsync()).Payload().GetRawText());
        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "f1"), (error.Type(), error.Id()));
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Payload()[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(await client.PingAsync());
    }

    [Fact]
    public async Task Client_complete_stops_the_subscription_and_frees_its_id()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("c1", "subscription { ticks(intervalMs: 20) }");
        Assert.Equal("next", (await client.ReceiveAsync()).Type());

        await client.SendAsync("complete", "c1");
        await client.SubscribeAsync("c1", "{ hello }");

        // Ticks sent before the server read the complete may still arrive, but none after the reused id's answer.
        JsonElement message;
        do
        {
            message = await client.ReceiveAsync();
            Assert.Equal(("next", "c1"), (message.Type(), message.Id()));
        }
        while (!message.Payload().GetProperty("data").TryGetProperty("hello", out _));

        Assert.Equal(("complete", "c1"), ((await client.ReceiveAsync()).Type(), "c1"));
        Assert.Empty(await client.PingAsync());
    }

    [Fact]
    public async Task Complete_for_an_unknown_id_is_ignored()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SendAsync("complete", "never-used");

        Assert.Empty(await client.PingAsync());
    }

    [Fact]
    public async Task An_id_is_reusable_once_the_server_completed_it()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        foreach (var name in new[] { "a", "b" })
        {
            await client.SubscribeAsync("same", $$"""{ hello(name: "{{name}}") }""");
            Assert.Equal($$$"""{"data":{"hello":"Hello, {{{name}}}!"}}""", (await client.ReceiveAsync()).Payload().GetRawText());
            Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        }
    }

    [Fact]
    public async Task Server_pings_are_sent_when_configured()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.PingInterval = TimeSpan.FromMilliseconds(50));
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        Assert.Equal("ping", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task One_operation_beyond_the_limit_gets_an_error_and_the_socket_stays_open()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.MaxSubscriptionsPerConnection = 2);
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("t1", "subscription { ticks(intervalMs: 100000) }");
        await client.SubscribeAsync("t2", "subscription { ticks(intervalMs: 100000) }");

        await client.SubscribeAsync("t3", "subscription { ticks(intervalMs: 100000) }");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "t3"), (error.Type(), error.Id()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.Payload()[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Too many subscriptions", error.Payload()[0].GetProperty("message").GetString());

        await client.SendAsync("complete", "t1");
        await client.SubscribeAsync("q", "{ hello }");
        Assert.Equal(("next", "q"), ((await client.ReceiveAsync()).Type(), "q"));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.WebSockets.MaxMessageBytes = 1024);
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();

        await client.SubscribeAsync("big", "{ hello(name: \"" + new string('x', 2000) + "\") }");
        var (code, _, messages) = await client.ReceiveCloseAsync();

        Assert.Equal(1009, code);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task The_interceptor_runs_once_with_the_init_payload_and_its_request_data_reaches_every_operation()
    {
        var interceptor = new TokenInterceptor();
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor>(interceptor));
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync(new JsonObject { ["authorization"] = "Bearer alice" });

        foreach (var id in new[] { "w1", "w2" })
        {
            await client.SubscribeAsync(id, "{ whoami }");
            Assert.Equal("""{"data":{"whoami":"alice"}}""", (await client.ReceiveAsync()).Payload().GetRawText());
            Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        }

        Assert.Equal(1, interceptor.Calls);
        Assert.Equal("Bearer alice", interceptor.LastPayload?["authorization"]);
    }

    [Fact]
    public async Task A_refused_connection_init_closes_with_4403()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor>(new TokenInterceptor()));
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);

        await client.SendAsync("connection_init", payload: new JsonObject { ["authorization"] = "Bearer intruder" });
        var (code, reason, messages) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Equal("Forbidden", reason);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task Stopping_the_host_completes_every_subscription_then_closes_with_1001()
    {
        var server = await TestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectTransportWsAsync(server);
        await client.InitializeAsync();
        await client.SubscribeAsync("s1", "subscription { ticks(intervalMs: 20) }");
        await client.SubscribeAsync("s2", "subscription { ticks(intervalMs: 20) }");
        Assert.Equal("next", (await client.ReceiveAsync()).Type());

        var stopping = server.DisposeAsync().AsTask();
        var (code, _, messages) = await client.ReceiveCloseAsync();
        await stopping;

        Assert.Equal(1001, code);
        var completed = messages.Where(message => message.Type() == "complete").Select(message => message.Id()).Order();
        Assert.Equal(["s1", "s2"], completed);
        Assert.All(messages.SkipWhile(message => message.Type() != "complete"), message => Assert.Equal("complete", message.Type()));
    }
}
