namespace Flowserv.Engine.Data;

public sealed class Workflow
{
    public required string Id { get; init; }

    /// <summary>Unique across workflows.</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Markdown with <c>{{file}}</c> includes already resolved.</summary>
    public string? Instructions { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>The template document (JSON) the workflow was installed with.</summary>
    public required string TemplateJson { get; init; }

    /// <summary>SHA-256 of the template and static files, hex; runs record the digest they ran with.</summary>
    public required string Digest { get; init; }

    public bool IgnorePostproc { get; init; }

    /// <summary>The latest post-processing run; no foreign key because that run may be deleted.</summary>
    public string? PostprocRunId { get; set; }

    public List<WorkflowGroup> Groups { get; init; } = [];

    public List<PostprocRankingEntry> PostprocRanking { get; init; } = [];
}
