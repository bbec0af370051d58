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
}
