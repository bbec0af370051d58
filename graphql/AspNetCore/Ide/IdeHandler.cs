using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Flowserv.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the Banana Cake Pop IDE to browsers that open the endpoint: its npm package's files, unchanged,
/// from <see cref="GraphQLServerOptions.IdeAssetsPath"/>, plus the <c>bcp-config.json</c> it fetches to
/// learn its endpoint. Without the assets a small built-in page stands in.
/// </summary>
internal sealed class IdeHandler(GraphQLServerOptions options)
{
    private const string ConfigFile = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly PhysicalFileProvider? assets =
        options.IdeAssetsPath is { } path && File.Exists(Path.Combine(path, "index.html")) ? new PhysicalFileProvider(Path.GetFullPath(path)) : null;

    /// <summary>A browser navigating to the endpoint: GET, accepting HTML, and not a GraphQL GET request.</summary>
    public bool IsIdeRequest(HttpRequest request) =>
        options.EnableIde &&
        HttpMethods.IsGet(request.Method) &&
        !request.Query.ContainsKey("query") &&
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var mediaTypes) &&
        mediaTypes.Any(mediaType => mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async Task ServePageAsync(HttpContext context)
    {
        var request = context.Request;
        if (assets is null)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(IdeFallbackPage.Render(request.PathBase + request.Path), context.RequestAborted);
            return;
        }

        // The IDE's index.html loads its scripts by relative URLs, which resolve below the endpoint only with a trailing slash.
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return;
        }

        await SendAssetAsync(context, "index.html");
    }

    /// <summary>Serves a file of the IDE below the endpoint, such as <c>/graphql/static/js/main.js</c>.</summary>
    public async Task ServeAssetAsync(HttpContext context)
    {
        var asset = (string)context.GetRouteValue("asset")!;
        if (!options.EnableIde || assets is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (asset == ConfigFile)
        {
            await WriteConfigAsync(context);
            return;
        }

        await SendAssetAsync(context, asset);
    }

    private async Task SendAssetAsync(HttpContext context, string asset)
    {
        var file = assets!.GetFileInfo(asset);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(asset, out var contentType) ? contentType : "application/octet-stream";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>Points the IDE at the endpoint it was served from.</summary>
    private static async Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{path[..^(ConfigFile.Length + 1)]}";
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, ExecutionResultWriter.Options);
        writer.WriteStartObject();
        writer.WriteString("endpoint", endpoint);
        writer.WriteBoolean("useBrowserUrlAsEndpoint", false);
        writer.WriteString("title", "GraphQL");
        writer.WriteBoolean("disableTelemetry", true);
        writer.WriteEndObject();
        await writer.FlushAsync();
    }
}
