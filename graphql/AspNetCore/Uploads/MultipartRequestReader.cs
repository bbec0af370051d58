using System.Buffers;
using System.Text.Json;
using Flowserv.GraphQL.AspNetCore.Http;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using HttpRequestError = Flowserv.GraphQL.AspNetCore.Http.HttpRequestError;

using Flowserv.GraphQL.Uploads;

namespace Flowserv.GraphQL.AspNetCore.Uploads;

/// <summary>
/// Reads a GraphQL multipart request (the <c>operations</c> part, the <c>map</c> part, then the files),
/// streaming every file to a temporary file that is deleted when the request ends. Browsers send
/// multipart forms cross-site without a CORS preflight, so a preflight-forcing header is required.
/// </summary>
internal static class MultipartRequestReader
{
    private const string MultipartFormData = "multipart/form-data";

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase);

    public static async Task<GraphQLRequest> ReadAsync(HttpContext context, GraphQLServerOptions options)
    {
        var request = context.Request;
        if (string.IsNullOrWhiteSpace(request.Headers["GraphQL-Preflight"]) && string.IsNullOrWhiteSpace(request.Headers["Apollo-Require-Preflight"]))
        {
            throw BadRequest("Multipart requests must carry a non-empty GraphQL-Preflight (or Apollo-Require-Preflight) header; it protects against cross-site request forgery.", "PREFLIGHT_REQUIRED");
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw BadRequest("The multipart/form-data Content-Type has no boundary.", "INVALID_MULTIPART");
        }

        // Kestrel's body limit suits JSON requests; upload bodies are bounded per file and by the file count instead.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = (options.MaxUploadFiles * options.MaxUploadFileBytes) + (4 * options.MaxRequestBytes);
        }

        var reader = new MultipartReader(boundary, request.Body);
        var cancellationToken = context.RequestAborted;
        using var operations = await ReadJsonPartAsync(reader, "operations", options, cancellationToken);
        var map = await ReadMapAsync(reader, options, cancellationToken);
        var files = await ReadFilesAsync(context, reader, map, options);

        var graphQLRequest = GraphQLRequestReader.FromJson(operations.RootElement);
        var variables = graphQLRequest.Variables is JsonElement json
            ? (IDictionary<string, object?>)PlainValues.FromJson(json)!
            : new OrderedDictionary<string, object?>();
        foreach (var (key, paths) in map)
        {
            foreach (var path in paths)
            {
                SetVariable(variables, path, files[key]);
            }
        }

        return graphQLRequest with { Variables = variables };
    }

    private static async Task<JsonDocument> ReadJsonPartAsync(MultipartReader reader, string name, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section?.GetContentDispositionHeader()?.Name.Value != name)
        {
            throw BadRequest($"The multipart request must continue with the \"{name}\" part (operations, map, then files).", "INVALID_MULTIPART");
        }

        return await GraphQLRequestReader.ReadJsonAsync(section.Body, options, cancellationToken);
    }

    private static async Task<Dictionary<string, string[]>> ReadMapAsync(MultipartReader reader, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        using var document = await ReadJsonPartAsync(reader, "map", options, cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("The \"map\" part must be a JSON object of file keys to arrays of object paths.", "INVALID_MULTIPART");
        }

        var map = new Dictionary<string, string[]>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.EnumerateArray().Any(path => path.ValueKind != JsonValueKind.String))
            {
                throw BadRequest($"The \"map\" entry \"{entry.Name}\" must be an array of object paths.", "INVALID_MULTIPART");
            }

            map[entry.Name] = [.. entry.Value.EnumerateArray().Select(path => path.GetString()!)];
        }

        if (map.Count > options.MaxUploadFiles)
        {
            throw new HttpRequestError(StatusCodes.Status413PayloadTooLarge, $"The request uploads {map.Count} files; at most {options.MaxUploadFiles} are allowed.", "TOO_MANY_FILES");
        }

        return map;
    }

    private static async Task<Dictionary<string, UploadedFile>> ReadFilesAsync(HttpContext context, MultipartReader reader, Dictionary<string, string[]> map, GraphQLServerOptions options)
    {
        var files = new Dictionary<string, UploadedFile>();
        while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var key = disposition?.Name.Value;
            if (key is null || !map.ContainsKey(key) || files.ContainsKey(key))
            {
                continue;
            }

            var path = Path.Combine(options.UploadTempPath ?? Path.GetTempPath(), "graphql-upload-" + Path.GetRandomFileName());
            var length = await CopyToFileAsync(section.Body, path, options, context.RequestAborted);
            var file = new UploadedFile(path, disposition!.FileName.Value ?? disposition.FileNameStar.Value ?? key, section.ContentType, length);
            context.Response.RegisterForDispose(file);
            files[key] = file;
        }

        var missing = map.Keys.FirstOrDefault(key => !files.ContainsKey(key));
        return missing is null
            ? files
            : throw BadRequest($"The file \"{missing}\" named in the \"map\" part was not sent.", "INVALID_MULTIPART");
    }

    /// <summary>Streams a part to disk through one pooled buffer, refusing it once it passes the size limit.</summary>
    private static async Task<long> CopyToFileAsync(Stream source, string path, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > options.MaxUploadFileBytes)
                {
                    target.Close();
                    File.Delete(path);
                    throw new HttpRequestError(StatusCodes.Status413PayloadTooLarge, $"An uploaded file exceeds the limit of {options.MaxUploadFileBytes} bytes.", "FILE_TOO_LARGE");
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Puts a file at an object path of the operations, such as <c>variables.files.1</c>.</summary>
    private static void SetVariable(IDictionary<string, object?> variables, string path, IUploadedFile file)
    {
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables")
        {
            throw BadRequest($"The map path \"{path}\" does not point into the variables.", "INVALID_MULTIPART");
        }

        object? container = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> map when last:
                    map[segments[i]] = file;
                    break;
                case IDictionary<string, object?> map when map.TryGetValue(segments[i], out var next):
                    container = next;
                    break;
                case object?[] list when int.TryParse(segments[i], out var index) && index >= 0 && index < list.Length:
                    if (last)
                    {
                        list[index] = file;
                    }
                    else
                    {
                        container = list[index];
                    }

                    break;
                default:
                    throw BadRequest($"The map path \"{path}\" does not match the variables.", "INVALID_MULTIPART");
            }
        }
    }

    private static HttpRequestError BadRequest(string message, string code) => new(StatusCodes.Status400BadRequest, message, code);
}
