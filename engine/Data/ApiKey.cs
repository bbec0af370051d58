namespace Flowserv.Engine.Data;

/// <summary>The login token: one per user, shared by all of that user's clients (flowServ semantics).</summary>
public sealed class ApiKey
{
    public required string UserId { get; init; }

    public required string Value { get; set; }

    public DateTime ExpiresAt { get; set; }
}
