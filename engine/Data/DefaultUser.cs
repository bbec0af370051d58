namespace Flowserv.Engine.Data;

internal static class DefaultUser
{
    /// <summary>The open-access identity: active, not an administrator, with a password nobody knows.</summary>
    public static User Create(Services.PasswordHasher hasher, DateTime now) => new()
    {
        Id = User.DefaultUserId,
        Name = User.DefaultUserId,
        Secret = hasher.Hash(Services.Identifiers.NewSecret()),
        IsActive = true,
        CreatedAt = now,
    };
}
