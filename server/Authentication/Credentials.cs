using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Flowserv.Server.Authentication;

/// <summary>
/// Reads the access token a client presents: <c>Authorization: Bearer &lt;token&gt;</c>, flowServ's
/// <c>api_key</c> header, or <c>authorization</c> in a socket's <c>connection_init</c> payload. Tokens in
/// URLs are never read, so they do not end up in logs and browser histories.
/// </summary>
public static class Credentials
{
    private const string ApiKeyHeader = "api_key";
    private const string BearerPrefix = "Bearer ";

    /// <summary>False when credentials are present but malformed; otherwise the token, null when none was sent.</summary>
    public static bool TryRead(IHeaderDictionary headers, out string? token)
    {
        token = null;
        if (headers.TryGetValue(HeaderNames.Authorization, out var authorization))
        {
            return TryReadBearer(authorization, out token);
        }
        return !headers.TryGetValue(ApiKeyHeader, out var apiKey) || TryReadSingle(apiKey, out token);
    }

    /// <summary>Like the headers, for a <c>connection_init</c> payload; its key is matched without regard to case, as clients differ.</summary>
    public static bool TryRead(IReadOnlyDictionary<string, object?> payload, out string? token)
    {
        token = null;
        var values = payload
            .Where(entry => string.Equals(entry.Key, HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.Value)
            .ToList();
        return values.Count == 0 || (values is [string value] && TryReadBearer(value, out token));
    }

    private static bool TryReadBearer(StringValues values, out string? token)
    {
        token = null;
        if (!TryReadSingle(values, out var value) || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        token = value[BearerPrefix.Length..];
        return token.Length > 0 && !token.Any(char.IsWhiteSpace);
    }

    private static bool TryReadSingle(StringValues values, [NotNullWhen(true)] out string? value)
    {
        value = values.Count == 1 ? values[0]?.Trim() : null;
        return !string.IsNullOrEmpty(value);
    }
}
