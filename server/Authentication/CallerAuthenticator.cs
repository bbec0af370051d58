using Flowserv.Engine.Services;

namespace Flowserv.Server.Authentication;

/// <summary>
/// Resolves who is calling, for GraphQL requests and downloads alike. An unknown or expired token gives
/// an anonymous caller (the engine services decide what anonymous callers may do); only malformed
/// credentials are refused outright.
/// </summary>
public sealed class CallerAuthenticator(UserService users)
{
    /// <summary>
    /// The caller, or null when the credentials are malformed. A socket's <c>connection_init</c> payload
    /// takes precedence; without credentials in it, the upgrade request's headers count.
    /// </summary>
    public async Task<Caller?> AuthenticateAsync(
        HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? connectionInitPayload,
        CancellationToken cancellationToken)
    {
        string? token = null;
        if (connectionInitPayload is not null && !Credentials.TryRead(connectionInitPayload, out token))
        {
            return null;
        }
        if (token is null && !Credentials.TryRead(httpContext.Request.Headers, out token))
        {
            return null;
        }
        return await users.AuthenticateAsync(token, cancellationToken);
    }
}
