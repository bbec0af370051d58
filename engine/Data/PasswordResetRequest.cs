namespace Flowserv.Engine.Data;

/// <summary>A pending password reset; a new request replaces the previous one.</summary>
public sealed class PasswordResetRequest
{
    public required string UserId { get; init; }

    public required string RequestId { get; init; }

    public DateTime ExpiresAt { get; init; }
}
