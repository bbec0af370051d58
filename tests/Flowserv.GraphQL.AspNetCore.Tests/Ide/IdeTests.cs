using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Flowserv.GraphQL.AspNetCore.Tests.Ide;

/// <summary>What a browser gets at the endpoint: the IDE's files and its config, or the built-in page without them.</summary>
public sealed class IdeTests : IDisposable
{
    private readonly string assets = Directory.CreateTempSubdirectory("graphql-ide-tests-").FullName;

    public IdeTests()
    {
        File.WriteAllText(Path.Combine(assets, "index.html"), "<!doctype html><title>Banana Cake Pop</title><script src=\"static/js/main.js\"></script>");
        Directory.CreateDirectory(Path.Combine(assets, "static", "js"));
        File.WriteAllText(Path.Combine(assets, "static", "js", "main.js"), "console.log('ide');");
    }

    public void Dispose() => Directory.Delete(assets, recursive: true);

    [Fact]
    public async Task Without_assets_a_browser_gets_the_built_in_page()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient();

        using var response = await client.SendAsync(BrowserGet(server.Endpoint));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/graphql?sdl\"", page);
        Assert.Contains("fetch(\"/graphql\"", page);
    }

    [Fact]
    public async Task With_assets_the_endpoint_serves_the_IDE_below_itself()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.IdeAssetsPath = assets);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var redirect = await client.SendAsync(BrowserGet(server.Endpoint));
        using var index = await client.SendAsync(BrowserGet(new Uri(server.Endpoint + "/")));
        var script = await client.GetStringAsync(server.Endpoint + "/static/js/main.js");
        using var config = JsonDocument.Parse(await client.GetStringAsync(server.Endpoint + "/bcp-config.json"));
        using var missing = await client.GetAsync(server.Endpoint + "/static/js/none.js");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location!.OriginalString);
        Assert.Contains("<title>Banana Cake Pop</title>", await index.Content.ReadAsStringAsync());
        Assert.Equal("console.log('ide');", script);
        Assert.Equal(server.Endpoint.ToString(), config.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_GET_query_from_a_browser_is_executed_not_answered_with_the_IDE()
    {
        await using var server = await TestServer.StartAsync(configure: options => options.IdeAssetsPath = assets);
        using var client = new HttpClient();

        using var response = await client.SendAsync(BrowserGet(new Uri(server.Endpoint + "?query=%7Bhello%7D")));

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage BrowserGet(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}
