namespace Flowserv.Engine.Services;

/// <summary>What anyone may see of a user: never the password hash nor the token.</summary>
public sealed record UserAccount(string Id, string Username);
