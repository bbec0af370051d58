using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body for POST, URL parameters for GET. A request that is
/// not well-formed (wrong member types, unparsable JSON) is refused with 400 before GraphQL sees it.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxRequestBytes)
        {
            throw TooLarge(options);
        }

        using var body = await ReadJsonAsync(request.Body, options, cancellationToken);
        return FromJson(body.RootElement);
    }

    /// <summary>The request a JSON body (or a multipart request's <c>operations</c> part) describes.</summary>
    public static GraphQLRequest FromJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw new HttpRequestError(StatusCodes.Status400BadRequest, "Batched requests are not enabled on this server.", "BATCHING_DISABLED");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw NotWellFormed("The request body must be a JSON object.");
        }

        return new GraphQLRequest
        {
            Query = ReadString(root, "query") ?? throw NotWellFormed("The request must contain a \"query\" string."),
            OperationName = ReadString(root, "operationName"),
            Variables = ReadObject(root, "variables"),
            Extensions = ReadObject(root, "extensions") is { } extensions ? PlainValues.MapFromJson(extensions) : null,
        };
    }

    public static GraphQLRequest ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            throw NotWellFormed("The request must contain a \"query\" parameter.");
        }

        var operationName = request.Query["operationName"].ToString();
        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = ParseJsonParameter(request, "variables"),
            Extensions = ParseJsonParameter(request, "extensions") is { } extensions ? PlainValues.MapFromJson(extensions) : null,
            AllowMutations = false,
        };
    }

    /// <summary>Parses JSON of at most <see cref="GraphQLServerOptions.MaxRequestBytes"/> from the stream.</summary>
    public static async Task<JsonDocument> ReadJsonAsync(Stream body, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
            {
                throw TooLarge(options);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException exception)
        {
            throw new HttpRequestError(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}", "INVALID_JSON");
        }
    }

    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw NotWellFormed($"The request member \"{name}\" must be a string.");
    }

    private static JsonElement? ReadObject(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : throw NotWellFormed($"The request member \"{name}\" must be an object.");
    }

    private static JsonElement? ParseJsonParameter(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => document.RootElement.Clone(),
                _ => throw NotWellFormed($"The \"{name}\" parameter must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw NotWellFormed($"The \"{name}\" parameter is not valid JSON.");
        }
    }

    private static HttpRequestError NotWellFormed(string message) =>
        new(StatusCodes.Status400BadRequest, message, "INVALID_REQUEST");

    private static HttpRequestError TooLarge(GraphQLServerOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {options.MaxRequestBytes} bytes.", "REQUEST_TOO_LARGE");
}
