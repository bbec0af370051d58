namespace Flowserv.Engine.Data;

/// <summary>A file a group uploaded as run input; the bytes live in the file store under its id.</summary>
public sealed class UploadedFile
{
    public required string Id { get; init; }

    public required string GroupId { get; init; }

    /// <summary>The user-supplied file name (a single path segment).</summary>
    public required string Name { get; init; }

    public string? MimeType { get; init; }

    public long Size { get; init; }

    public DateTime CreatedAt { get; init; }
}
