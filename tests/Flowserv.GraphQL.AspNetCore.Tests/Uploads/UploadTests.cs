using System.Net;
using System.Text.Json;
using static Flowserv.Tests.Support.Uploads.MultipartRequests;

namespace Flowserv.GraphQL.AspNetCore.Tests.Uploads;

/// <summary>The GraphQL multipart request specification: the three request shapes, the CSRF guard, the limits, temp file clean-up.</summary>
public sealed class UploadTests : IDisposable
{
    private readonly string tempFolder = Directory.CreateTempSubdirectory("graphql-upload-tests-").FullName;

    public void Dispose() => Directory.Delete(tempFolder, recursive: true);

    [Fact]
    public async Task A_single_file_arrives_with_its_name_type_size_and_content()
    {
        await using var server = await StartAsync();

        var (status, body) = await SendAsync(Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, [("a", "a.txt", Text("Alpha file content.\n"))]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($$$$"""{"data":{"upload":{"name":"a.txt","contentType":"text/plain","size":20,"sha256":"{{{{Sha256("Alpha file content.\n")}}}}"}}}""", body);
    }

    [Fact]
    public async Task A_list_of_files_arrives_in_order()
    {
        await using var server = await StartAsync();

        var (status, body) = await SendAsync(Create(
            server.Endpoint,
            new { query = UploadManyMutation, variables = new { files = new object?[] { null, null } } },
            new Dictionary<string, string[]> { ["0"] = ["variables.files.0"], ["1"] = ["variables.files.1"] },
            [("0", "b.txt", Text("Bravo")), ("1", "c.txt", Text("Charlie!"))]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($$$"""{"data":{"uploadMany":[{"name":"b.txt","size":5,"sha256":"{{{Sha256("Bravo")}}}"},{"name":"c.txt","size":8,"sha256":"{{{Sha256("Charlie!")}}}"}]}}""", body);
    }

    [Fact]
    public async Task A_file_mapped_to_two_paths_is_sent_once_and_used_twice()
    {
        await using var server = await StartAsync();

        var (status, body) = await SendAsync(Create(
            server.Endpoint,
            new { query = UploadManyMutation, variables = new { files = new object?[] { null, null } } },
            new Dictionary<string, string[]> { ["0"] = ["variables.files.0", "variables.files.1"] },
            [("0", "d.txt", Text("Delta.\n"))]));

        var file = $$$"""{"name":"d.txt","size":7,"sha256":"{{{Sha256("Delta.\n")}}}"}""";
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($$$"""{"data":{"uploadMany":[{{{file}}},{{{file}}}]}}""", body);
    }

    [Fact]
    public async Task Apollo_s_preflight_header_is_accepted_too()
    {
        await using var server = await StartAsync();
        var request = Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, [("a", "a.txt", Text("x"))], preflight: false);
        request.Headers.Add("Apollo-Require-Preflight", "true");

        var (status, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_multipart_request_without_a_preflight_header_is_refused()
    {
        await using var server = await StartAsync();

        var (status, body) = await SendAsync(Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, [("a", "a.txt", Text("x"))], preflight: false));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PREFLIGHT_REQUIRED", ErrorCode(body));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_413()
    {
        await using var server = await StartAsync(options => options.MaxUploadFileBytes = 1000);

        var (status, body) = await SendAsync(Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, [("a", "big.bin", new ByteArrayContent(new byte[1001]))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("FILE_TOO_LARGE", ErrorCode(body));
        Assert.Contains("1000 bytes", body);
    }

    [Fact]
    public async Task More_files_than_allowed_get_413()
    {
        await using var server = await StartAsync(options => options.MaxUploadFiles = 1);

        var (status, body) = await SendAsync(Create(
            server.Endpoint,
            new { query = UploadManyMutation, variables = new { files = new object?[] { null, null } } },
            new Dictionary<string, string[]> { ["0"] = ["variables.files.0"], ["1"] = ["variables.files.1"] },
            [("0", "b.txt", Text("b")), ("1", "c.txt", Text("c"))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("TOO_MANY_FILES", ErrorCode(body));
    }

    [Fact]
    public async Task A_file_named_in_the_map_but_not_sent_is_a_bad_request()
    {
        await using var server = await StartAsync();

        var (status, body) = await SendAsync(Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, []));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_MULTIPART", ErrorCode(body));
    }

    [Fact]
    public async Task Temporary_files_are_deleted_when_the_request_ends()
    {
        await using var server = await StartAsync();

        var (status, _) = await SendAsync(Create(server.Endpoint, new { query = UploadMutation, variables = new { file = (object?)null } }, new { a = new[] { "variables.file" } }, [("a", "a.txt", Text("kept only for the request"))]));

        Assert.Equal(HttpStatusCode.OK, status);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.EnumerateFiles(tempFolder).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Empty(Directory.EnumerateFiles(tempFolder));
    }

    private Task<TestServer> StartAsync(Action<GraphQLServerOptions>? configure = null) =>
        TestServer.StartAsync(configure: options =>
        {
            options.UploadTempPath = tempFolder;
            configure?.Invoke(options);
        });

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var client = new HttpClient();
        using (request)
        {
            using var response = await client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static string? ErrorCode(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
