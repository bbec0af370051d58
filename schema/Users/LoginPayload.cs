using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Users;

/// <summary>A successful sign-in: the user and the token to send with later requests.</summary>
public sealed class LoginPayload(LoginResult result)
{
    public UserObject? User { get; } = new(result.User);

    [GraphQLDescription("Send as `Authorization: Bearer <token>` (HTTP) or in connection_init `{ authorization: 'Bearer <token>' }`.")]
    public string? Token { get; } = result.Token;

    public DateTime? ExpiresAt { get; } = result.ExpiresAt;
}
