using Flowserv.Engine.Services;

namespace Flowserv.Server.Authentication;

/// <summary>
/// Resolves who is calling, for GraphQL requests and downloads alike. An unknown or expired token gives
/// an anonymous caller (the engine services decide what anonymous callers may do); only malformed
/// credentials are refused outright.
/// </summary>
public sealed class CallerAuthenticator(UserService users)
{
    /// <summary>The caller, or null when the credentials are malformed (see <see cref="TryReadToken"/>).</summary>
    public async Task<Caller?> AuthenticateAsync(
        HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? connectionInitPayload,
        CancellationToken cancellationToken) =>
        TryReadToken(httpContext, connectionInitPayload, out var token) ? await AuthenticateAsync(token, cancellationToken) : null;

    /// <summary>The caller a token read by <see cref="TryReadToken"/> stands for; anonymous without one.</summary>
    public Task<Caller> AuthenticateAsync(string? token, CancellationToken cancellationToken) =>
        users.AuthenticateAsync(token, cancellationToken);

    /// <summary>
    /// The token the client presents, null when none; false when the credentials are malformed. A socket's
    /// <c>connection_init</c> payload takes precedence; without credentials in it, the upgrade request's headers count.
    /// </summary>
    public static bool TryReadToken(HttpContext httpContext, IReadOnlyDictionary<string, object?>? connectionInitPayload, out string? token)
    {
        token = null;
        if (connectionInitPayload is not null && !Credentials.TryRead(connectionInitPayload, out token))
        {
            return false;
        }
        return token is not null || Credentials.TryRead(httpContext.Request.Headers, out token);
    }
}
