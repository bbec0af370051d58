namespace Flowserv.Engine.Data;

/// <summary>An output file retained after a successful run.</summary>
public sealed class RunFile
{
    public required string Id { get; init; }

    public required string RunId { get; init; }

    /// <summary>Relative path inside the run folder, e.g. <c>results/greetings.txt</c>; unique per run.</summary>
    public required string Key { get; init; }

    public string? MimeType { get; init; }

    public long Size { get; init; }
}
