namespace Flowserv.Engine.Services;

/// <summary>
/// Who is calling a service: resolved once per request by <see cref="UserService.AuthenticateAsync"/>
/// and passed to every operation so the authorization rules see the same identity.
/// </summary>
public sealed record Caller(string? UserId, string? Username, bool IsAdministrator)
{
    public static readonly Caller Anonymous = new(null, null, false);

    public bool IsAuthenticated => UserId is not null;
}
