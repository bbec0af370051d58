namespace Flowserv.Engine.Data;

/// <summary>Progress of one workflow step of a run.</summary>
public sealed class RunStep
{
    public required string RunId { get; init; }

    public int Position { get; init; }

    public required string Name { get; init; }

    public StepState State { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public int? ExitCode { get; set; }
}
