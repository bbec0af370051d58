using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Flowserv.GraphQL.AspNetCore.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Tests.Sse;

/// <summary>GraphQL over SSE (graphql-sse's distinct connections mode), with graphql-sse's own client and raw HTTP.</summary>
public sealed class SseTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_graphql_sse_client_receives_every_event_in_order_then_complete()
    {
        await using var server = await TestServer.StartAsync();

        var (exitCode, output, errors) = await NodeDriver.RunAsync("tests/conformance/sse-client-subscribe.mjs", TimeSpan.FromMinutes(1), server.Endpoint.ToString(), "subscription { count(to: 5) }");

        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exitCode == 0, output + errors);
        Assert.Equal(
            [.. Enumerable.Range(1, 5).Select(i => $"{{\"event\":\"next\",\"data\":{{\"data\":{{\"count\":{i}}}}}}}"), """{"event":"complete"}"""],
            events);
    }

    [Fact]
    public async Task The_graphql_sse_client_gets_a_query_result_then_complete()
    {
        await using var server = await TestServer.StartAsync();

        var (_, output, _) = await NodeDriver.RunAsync("tests/conformance/sse-client-subscribe.mjs", TimeSpan.FromMinutes(1), server.Endpoint.ToString(), "query ($n: String) { hello(name: $n) }", """{"n":"sse"}""");

        Assert.Equal(["""{"event":"next","data":{"data":{"hello":"Hello, sse!"}}}""", """{"event":"complete"}"""], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_mutation_over_SSE_is_one_next_event_then_complete()
    {
        await using var server = await TestServer.StartAsync();

        var body = await ReadStreamAsync(server, new { query = "mutation { echo(text: \"hi\") }" });

        Assert.Equal("event: next\ndata: {\"data\":{\"echo\":\"hi\"}}\n\nevent: complete\ndata:\n\n", body);
    }

    [Fact]
    public async Task A_subscription_over_raw_SSE_streams_next_events_and_complete()
    {
        await using var server = await TestServer.StartAsync();

        var body = await ReadStreamAsync(server, new { query = "subscription { count(to: 3) }" });

        Assert.Equal(
            "event: next\ndata: {\"data\":{\"count\":1}}\n\nevent: next\ndata: {\"data\":{\"count\":2}}\n\nevent: next\ndata: {\"data\":{\"count\":3}}\n\nevent: complete\ndata:\n\n",
            body);
    }

    [Fact]
    public async Task A_failing_source_stream_ends_with_an_error_event_then_complete()
    {
        await using var server = await TestServer.StartAsync();

        var body = await ReadStreamAsync(server, new { query = "subscription { failing }" });

        Assert.Equal(
            "event: next\ndata: {\"data\":{\"failing\":1}}\n\nevent: next\ndata: {\"errors\":[{\"message\":\"The operation failed on the server.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}\n\nevent: complete\ndata:\n\n",
            body);
    }

    [Fact]
    public async Task Idle_streams_get_keep_alive_comments()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.SseKeepAliveInterval = TimeSpan.FromMilliseconds(50));

        var body = await ReadStreamAsync(server, new { query = "subscription { count(to: 2, intervalMs: 400) }" });

        // Comments may arrive between any two events (also between the last next and complete); a client
        // ignores them, so the events without comments must be exactly the stream's.
        Assert.Matches("(?m)^:\n\n", body);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"count\":1}}\n\nevent: next\ndata: {\"data\":{\"count\":2}}\n\nevent: complete\ndata:\n\n",
            System.Text.RegularExpressions.Regex.Replace(body, "(?m)^:\n\n", string.Empty));
    }

    [Fact]
    public async Task A_refused_SSE_request_gets_401()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor, GraphQLHttpTests.HeaderInterceptor>());
        using var client = new HttpClient { Timeout = Generous };

        using var response = await client.SendAsync(StreamRequest(server, new { query = "subscription { count(to: 1) }" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHORIZED", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage StreamRequest(TestServer server, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private static async Task<string> ReadStreamAsync(TestServer server, object body)
    {
        using var client = new HttpClient { Timeout = Generous };
        using var response = await client.SendAsync(StreamRequest(server, body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
