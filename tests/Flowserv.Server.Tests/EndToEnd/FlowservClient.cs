using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Flowserv.Tests.Support.Uploads;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// What a front-end does over HTTP, anonymously or as one signed-in user: GraphQL requests (JSON and
/// multipart uploads) and file downloads, both with <c>Authorization: Bearer &lt;token&gt;</c>.
/// </summary>
public sealed class FlowservClient(HttpClient http, Uri graphQLEndpoint, string? token = null)
{
    public string? Token => token;

    public FlowservClient SignedInAs(string userToken) => new(http, graphQLEndpoint, userToken);

    /// <summary>The response's <c>data</c>; fails on any GraphQL error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null) =>
        DataOf(await PostAsync(query, variables));

    /// <summary>The whole response, errors included.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graphQLEndpoint) { Content = JsonContent.Create(new { query, variables }) };
        return await SendAsync(request);
    }

    /// <summary>
    /// A GraphQL multipart request carrying one file for the variable at <paramref name="variablePath"/>
    /// (e.g. <c>variables.input.file</c>, which must be null in <paramref name="variables"/>); returns <c>data</c>.
    /// </summary>
    public async Task<JsonElement> UploadAsync(string query, object variables, string variablePath, string fileName, string contentType, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var request = MultipartRequests.Create(
            graphQLEndpoint,
            new { query, variables },
            new Dictionary<string, string[]> { ["0"] = [variablePath] },
            [("0", fileName, file)]);
        return DataOf(await SendAsync(request));
    }

    /// <summary>GET of a download URL from the API, with this user's token and any extra headers.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        Authorize(request);
        headers?.Invoke(request.Headers);
        return await http.SendAsync(request);
    }

    private static JsonElement DataOf(JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return response.GetProperty("data");
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        Authorize(request);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"Not a GraphQL response ({(int)response.StatusCode}): {body}");
        }
    }

    private void Authorize(HttpRequestMessage request)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}
