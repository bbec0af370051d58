namespace Flowserv.Engine.Data;

/// <summary>An error or cancel message of a run, in order.</summary>
public sealed class RunMessage
{
    public required string RunId { get; init; }

    public int Position { get; init; }

    public required string Text { get; init; }
}
