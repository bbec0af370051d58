using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Flowserv.Server.Tests;

/// <summary>Downloads over HTTP: headers, conditional and range requests, archives, and who may fetch what.</summary>
public sealed class DownloadTests(DownloadFixture fixture) : IClassFixture<DownloadFixture>
{
    private string UploadUrl => $"/groups/{fixture.GroupId}/files/{fixture.UploadId}";

    private string RunArchiveUrl => $"/runs/{fixture.RunId}/archive";

    [Fact]
    public async Task UploadedFileStreamsWithItsHeaders()
    {
        var response = await Get(UploadUrl, fixture.OwnerToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DownloadFixture.UploadContent, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(DownloadFixture.UploadName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.False(response.Headers.ETag?.IsWeak ?? true);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task FlowservApiKeyHeaderAuthenticatesToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UploadUrl);
        request.Headers.Add("api_key", fixture.OwnerToken);

        var response = await fixture.Server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MatchingEntityTagGives304()
    {
        var first = await Get(UploadUrl, fixture.OwnerToken);

        var second = await Get(UploadUrl, fixture.OwnerToken, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RangeGives206WithThePart()
    {
        var response = await Get(UploadUrl, fixture.OwnerToken, request => request.Headers.Range = new RangeHeaderValue(6, 8));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("Bob", await response.Content.ReadAsStringAsync());
        Assert.Equal(6, response.Content.Headers.ContentRange?.From);
        Assert.Equal(DownloadFixture.UploadContent.Length, response.Content.Headers.ContentRange?.Length);
    }

    [Fact]
    public async Task RangeWithAStaleIfRangeGivesTheWholeFile()
    {
        var response = await Get(UploadUrl, fixture.OwnerToken, request =>
        {
            request.Headers.Range = new RangeHeaderValue(6, 8);
            request.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"stale\""));
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DownloadFixture.UploadContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithoutCredentialsIs401()
    {
        var response = await Get(UploadUrl, token: null);

        await AssertError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task UnknownTokenIs401()
    {
        await AssertError(await Get(UploadUrl, "not-a-token"), HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task TokenInTheUrlIsIgnored()
    {
        await AssertError(await Get($"{UploadUrl}?access_token={fixture.OwnerToken}", token: null), HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Theory]
    [InlineData("Basic b3duZXI6c2VjcmV0")]
    [InlineData("Bearer")]
    [InlineData("Bearer two words")]
    public async Task MalformedAuthorizationIs401(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UploadUrl);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await fixture.Server.CreateClient().SendAsync(request);

        await AssertError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task NonMemberIsRefused()
    {
        await AssertError(await Get(UploadUrl, fixture.OutsiderToken), HttpStatusCode.Forbidden, "UNAUTHORIZED");
        await AssertError(await Get($"/runs/{fixture.RunId}/files/{fixture.RunFileIds["results/greetings.txt"]}", fixture.OutsiderToken), HttpStatusCode.Forbidden, "UNAUTHORIZED");
        await AssertError(await Get(RunArchiveUrl, fixture.OutsiderToken), HttpStatusCode.Forbidden, "UNAUTHORIZED");
    }

    [Fact]
    public async Task UnknownFileIs404WithItsCode()
    {
        var response = await Get($"/groups/{fixture.GroupId}/files/nope", fixture.OwnerToken);

        await AssertError(response, HttpStatusCode.NotFound, "UNKNOWN_FILE");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/files/..%2F..")]
    [InlineData("/groups/{group}/files/..%2F..%2F..%2F..%2Fflowserv.db")]
    [InlineData("/groups/{group}/files/%2E%2E")]
    [InlineData("/groups/..%2F..%2F..%2F..%2F/files/flowserv.db")]
    [InlineData("/runs/..%2F..%2Fflowserv.db/archive")]
    [InlineData("/runs/{run}/files/..%2F..%2F..%2F..%2Fflowserv.db")]
    [InlineData("/groups/{group}/files/{upload}%2F..%2F..%2F..%2F..%2F..%2Fflowserv.db")]
    public async Task TraversalAttemptsFindNothing(string path)
    {
        var url = path.Replace("{group}", fixture.GroupId).Replace("{run}", fixture.RunId).Replace("{upload}", fixture.UploadId);

        var response = await Get(url, fixture.OwnerToken);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("SQLite format", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RetainedRunFileDownloadsUnderItsName()
    {
        var response = await Get($"/runs/{fixture.RunId}/files/{fixture.RunFileIds["results/greetings.txt"]}", fixture.OwnerToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DownloadFixture.RunFiles["results/greetings.txt"], await response.Content.ReadAsStringAsync());
        Assert.Equal("greetings.txt", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RunArchiveHoldsEveryRetainedFile()
    {
        var response = await Get(RunArchiveUrl, fixture.OwnerToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"run.{fixture.RunId}.tar.gz", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Sorted(DownloadFixture.RunFiles), await ReadArchive(response));
    }

    [Fact]
    public async Task RunArchiveAnswersIfNoneMatch()
    {
        var first = await Get(RunArchiveUrl, fixture.OwnerToken);

        var second = await Get(RunArchiveUrl, fixture.OwnerToken, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnsuccessfulRunHasNoArchive()
    {
        await AssertError(await Get($"/runs/{fixture.FailedRunId}/archive", fixture.OwnerToken), HttpStatusCode.NotFound, "UNKNOWN_RUN");
    }

    [Fact]
    public async Task PostprocessingArchiveIsPublic()
    {
        var response = await Get($"/workflows/{fixture.WorkflowId}/postproc/archive", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Sorted(DownloadFixture.PostprocFiles), await ReadArchive(response));
    }

    [Fact]
    public async Task UnknownWorkflowHasNoPostprocessingArchive()
    {
        await AssertError(await Get("/workflows/nope/postproc/archive", token: null), HttpStatusCode.NotFound, "UNKNOWN_WORKFLOW");
    }

    private async Task<HttpResponseMessage> Get(string url, string? token, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        configure?.Invoke(request);
        return await fixture.Server.CreateClient().SendAsync(request);
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
    }

    private static List<KeyValuePair<string, string>> Sorted(IEnumerable<KeyValuePair<string, string>> entries) =>
        entries.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList();

    private static async Task<List<KeyValuePair<string, string>>> ReadArchive(HttpResponseMessage response)
    {
        var entries = new List<KeyValuePair<string, string>>();
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            using var reader = new StreamReader(entry.DataStream!, Encoding.UTF8);
            entries.Add(new(entry.Name, await reader.ReadToEndAsync()));
        }
        return Sorted(entries);
    }
}
