using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Flowserv.Tests.Support.Uploads;

/// <summary>
/// Builds GraphQL multipart requests (operations, map, then files) as upload clients send them. Shared by
/// the test projects as a linked source file; each keeps its own operations in another part of this class.
/// </summary>
internal static partial class MultipartRequests
{
    public static HttpRequestMessage Create(Uri endpoint, object operations, object map, IEnumerable<(string Key, string FileName, HttpContent Content)> files, bool preflight = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(operations), Encoding.UTF8), "operations" },
            { new StringContent(JsonSerializer.Serialize(map), Encoding.UTF8), "map" },
        };
        foreach (var (key, fileName, content) in files)
        {
            content.Headers.ContentType ??= new MediaTypeHeaderValue("text/plain");
            form.Add(content, key, fileName);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        return request;
    }

    public static HttpContent Text(string text) => new ByteArrayContent(Encoding.UTF8.GetBytes(text));
}
