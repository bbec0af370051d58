namespace Flowserv.Engine.Data;

public sealed class Run
{
    public required string Id { get; init; }

    public required string WorkflowId { get; init; }

    /// <summary>Null for post-processing runs.</summary>
    public string? GroupId { get; init; }

    public RunState State { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>The arguments as submitted, a JSON array of <c>{name, value}</c>.</summary>
    public required string ArgumentsJson { get; init; }

    /// <summary>The workflow digest at submission, so results stay tied to the code that produced them.</summary>
    public required string WorkflowDigest { get; init; }

    /// <summary>True once the result file was parsed into <see cref="Results"/>; only such runs are ranked.</summary>
    public bool HasResult { get; set; }

    public WorkflowGroup? Group { get; init; }

    public List<RunFile> Files { get; init; } = [];

    public List<RunMessage> Messages { get; init; } = [];

    public List<RunResultValue> Results { get; init; } = [];

    public List<RunStep> Steps { get; init; } = [];
}
