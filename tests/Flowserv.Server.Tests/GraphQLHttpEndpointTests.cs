using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Flowserv.Server.Tests;

/// <summary>What a client sees on /graphql over HTTP (GraphQL over HTTP, as graphql-http audits it).</summary>
public sealed class GraphQLHttpEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task PostAnswersTypename()
    {
        var response = await Post("""{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetAnswersQueriesFromUrlParameters()
    {
        var response = await factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q { service { name } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"service":{"name":"Flowserv.GraphQL"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQLResponseMediaTypeIsHonoured()
    {
        var response = await Post("""{"query":"{ __typename }"}""", accept: GraphQLResponse);

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ValidationErrorsAre400WithGraphQLResponseAnd200WithJson()
    {
        const string body = """{"query":"{ xyzzy }"}""";

        var strict = await Post(body, accept: GraphQLResponse);
        var legacy = await Post(body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        using var json = JsonDocument.Parse(await legacy.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("Cannot query field \"xyzzy\" on type \"Query\".", error.GetProperty("message").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SyntaxErrorsCarryTheirLocation()
    {
        var response = await Post("""{"query":"{ __typename "}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var location = json.RootElement.GetProperty("errors")[0].GetProperty("locations")[0];
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(14, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task MutationsAreRefusedOverGet()
    {
        var response = await factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    [InlineData("""{"query":1}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", HttpStatusCode.BadRequest)]
    public async Task MalformedRequestsAreRefused(string body, HttpStatusCode expected)
    {
        var response = await Post(body);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task UnsupportedContentTypeIs415()
    {
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task UnacceptableAcceptIs406()
    {
        var response = await Post("""{"query":"{ __typename }"}""", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task SdlParameterReturnsThePrintedSchema()
    {
        var sdl = await factory.CreateClient().GetStringAsync("/graphql?sdl");

        Assert.Contains("type Query {", sdl);
        Assert.Contains("service: ServiceInfo!", sdl);
    }

    [Fact]
    public async Task HealthEndpointAnswers()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Post(string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
