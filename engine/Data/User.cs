namespace Flowserv.Engine.Data;

public sealed class User
{
    /// <summary>The open-access identity; created with the database and never listed.</summary>
    public const string DefaultUserId = "00000000";

    public required string Id { get; init; }

    /// <summary>The username, usually an e-mail address; unique.</summary>
    public required string Name { get; set; }

    /// <summary>PBKDF2 hash of the password, see <see cref="Services.PasswordHasher"/>.</summary>
    public required string Secret { get; set; }

    public bool IsActive { get; set; }

    /// <summary>The first registered user is an administrator; FLOWSERV_ADMINS names more.</summary>
    public bool IsAdministrator { get; set; }

    public DateTime CreatedAt { get; init; }

    public ApiKey? ApiKey { get; set; }

    public PasswordResetRequest? PasswordResetRequest { get; set; }

    public List<GroupMember> Memberships { get; init; } = [];
}
