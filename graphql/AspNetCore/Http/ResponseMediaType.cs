using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response media type from the Accept header (GraphQL over HTTP, "Accept"): the client's
/// highest-quality acceptable type wins; no header or a wildcard means application/json, which is what
/// legacy clients (and graphql-http's audit) expect.
/// </summary>
internal static class ResponseMediaType
{
    /// <summary>The chosen media type, or null when the client accepts neither GraphQL response type.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes) || mediaTypes.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var mediaType in mediaTypes)
        {
            var candidate = mediaType.MediaType.Value switch
            {
                GraphQLMediaTypes.GraphQLResponse => GraphQLMediaTypes.GraphQLResponse,
                GraphQLMediaTypes.Json or "application/*" or "*/*" => GraphQLMediaTypes.Json,
                _ => null,
            };
            var quality = mediaType.Quality ?? 1.0;
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }
}
