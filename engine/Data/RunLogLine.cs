namespace Flowserv.Engine.Data;

/// <summary>One captured output line; <see cref="Sequence"/> grows per run so clients can resume.</summary>
public sealed class RunLogLine
{
    public required string RunId { get; init; }

    public long Sequence { get; init; }

    public string? Step { get; init; }

    public LogStream Stream { get; init; }

    public required string Text { get; init; }

    public DateTime Timestamp { get; init; }
}
