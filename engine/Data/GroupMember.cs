namespace Flowserv.Engine.Data;

public sealed class GroupMember
{
    public required string GroupId { get; init; }

    public required string UserId { get; init; }

    public User? User { get; init; }
}
