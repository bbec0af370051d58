namespace Flowserv.GraphQL.AspNetCore;

/// <summary>Transport settings of the GraphQL endpoint (execution limits live in ExecutionOptions).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The largest JSON request body accepted; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether a JSON array of requests is executed as a batch (off: batching is still an RFC).</summary>
    public bool EnableBatching { get; set; }

    /// <summary>Whether GET requests may execute queries (mutations are always refused over GET).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the printed schema.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>
    /// Origins allowed to call the endpoint from a browser (CORS); empty: no CORS headers, so only
    /// same-origin pages may read responses. <c>"*"</c> allows any origin.
    /// </summary>
    public IList<string> CorsAllowedOrigins { get; } = [];

    /// <summary>How often an idle SSE stream gets a keep-alive comment, so proxies keep it open; null: never.</summary>
    public TimeSpan? SseKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest file a multipart request may upload; a larger one gets 413.</summary>
    public long MaxUploadFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most files one multipart request may upload; more get 413.</summary>
    public int MaxUploadFiles { get; set; } = 10;

    /// <summary>Where uploaded files are streamed to for the duration of their request (default: the system temp folder).</summary>
    public string? UploadTempPath { get; set; }

    /// <summary>
    /// The folder holding the Banana Cake Pop IDE assets (its npm package, unchanged) served to browsers
    /// at the endpoint; null or missing: a small built-in page describes the endpoint instead.
    /// </summary>
    public string? IdeAssetsPath { get; set; }

    /// <summary>Whether browsers opening the endpoint get the IDE (or its fallback page).</summary>
    public bool EnableIde { get; set; } = true;

    public global::Flowserv.GraphQL.AspNetCore.WebSockets.GraphQLWebSocketOptions WebSockets { get; } = new();
}
