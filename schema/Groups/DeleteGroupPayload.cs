using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Groups;

/// <summary>The id of the group that no longer exists.</summary>
public sealed class DeleteGroupPayload(string groupId)
{
    [ID("Group")]
    public string? GroupId { get; } = groupId;
}
