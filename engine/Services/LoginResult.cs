namespace Flowserv.Engine.Services;

/// <summary>A successful login: the token to send with later calls and when it stops working (UTC).</summary>
public sealed record LoginResult(UserAccount User, string Token, DateTime ExpiresAt);
