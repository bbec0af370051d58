namespace Flowserv.GraphQL.Uploads;

/// <summary>The runtime value of an <c>Upload</c> argument: a file of a multipart request, kept on disk until the request ends.</summary>
public interface IUploadedFile
{
    /// <summary>The file name the client gave (the part's <c>filename</c>).</summary>
    string Name { get; }

    /// <summary>The part's Content-Type, or null when the client sent none.</summary>
    string? ContentType { get; }

    /// <summary>The size in bytes.</summary>
    long Length { get; }

    /// <summary>A new read-only stream over the whole file; each call starts at the beginning.</summary>
    Stream OpenReadStream();
}
