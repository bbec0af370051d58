namespace Flowserv.Engine.Data;

/// <summary>A team taking part in a workflow (a "submission" in ROB).</summary>
public sealed class WorkflowGroup
{
    public required string Id { get; init; }

    public required string WorkflowId { get; init; }

    /// <summary>Unique within the workflow.</summary>
    public required string Name { get; set; }

    public required string OwnerId { get; init; }

    public DateTime CreatedAt { get; init; }

    public Workflow? Workflow { get; init; }

    public User? Owner { get; init; }

    public List<GroupMember> Members { get; init; } = [];

    public List<UploadedFile> Uploads { get; init; } = [];
}
