using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore.Tests.Http;

/// <summary>What a client observes of the HTTP endpoint beyond the audit: the interceptor hook, GET rules, ?sdl, batching, CORS.</summary>
public sealed class GraphQLHttpTests
{
    [Fact]
    public async Task The_interceptor_sees_the_headers_and_its_request_data_reaches_resolvers()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor, HeaderInterceptor>());
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = JsonContent.Create(new { query = "{ whoami }" }) };
        request.Headers.Add("X-User", "ada");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"whoami":"ada"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_request_gets_401_with_a_GraphQL_error()
    {
        await using var server = await TestServer.StartAsync(services => services.AddSingleton<IGraphQLRequestInterceptor, HeaderInterceptor>());
        using var client = new HttpClient();

        using var post = await client.PostAsJsonAsync(server.Endpoint, new { query = "{ hello }" });
        using var get = await client.GetAsync(server.Endpoint + "?query=%7Bhello%7D");

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(body.RootElement.TryGetProperty("data", out _));
            Assert.Equal("UNAUTHORIZED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Mutations_are_refused_over_GET()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient();

        using var response = await client.GetAsync(server.Endpoint + "?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Batches_are_refused_by_default()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient();

        using var response = await client.PostAsync(server.Endpoint, new StringContent("""[{"query":"{ hello }"}]""", null, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BATCHING_DISABLED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sdl_returns_the_printed_schema()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient();

        var sdl = await client.GetStringAsync(server.Endpoint + "?sdl");

        Assert.Contains("type Query {", sdl);
        Assert.Contains("scalar Upload", sdl);
    }

    [Fact]
    public async Task Allowed_origins_get_CORS_headers_and_preflights_are_answered()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.CorsAllowedOrigins.Add("https://app.example"));
        using var client = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, server.Endpoint);
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, graphql-preflight");
        using var allowed = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = JsonContent.Create(new { query = "{ hello }" }) };
        allowed.Headers.Add("Origin", "https://app.example");
        using var foreign = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = JsonContent.Create(new { query = "{ hello }" }) };
        foreign.Headers.Add("Origin", "https://evil.example");

        using var preflightResponse = await client.SendAsync(preflight);
        using var allowedResponse = await client.SendAsync(allowed);
        using var foreignResponse = await client.SendAsync(foreign);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal("https://app.example", preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("graphql-preflight", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("https://app.example", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(foreignResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>Lets requests with an X-User header in, as that user; refuses the rest.</summary>
    internal sealed class HeaderInterceptor : IGraphQLRequestInterceptor
    {
        public ValueTask<bool> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
        {
            var user = context.HttpContext.Request.Headers["X-User"].ToString();
            context.RequestData[TestSchema.UserKey] = user;
            return ValueTask.FromResult(user.Length > 0);
        }
    }
}
