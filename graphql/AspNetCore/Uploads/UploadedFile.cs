using Flowserv.GraphQL.Uploads;

namespace Flowserv.GraphQL.AspNetCore.Uploads;

/// <summary>An uploaded file streamed to a temporary file, which disposing deletes.</summary>
internal sealed class UploadedFile(string path, string name, string? contentType, long length) : IUploadedFile, IDisposable
{
    public string Name { get; } = name;

    public string? ContentType { get; } = contentType;

    public long Length { get; } = length;

    public Stream OpenReadStream() =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Dispose() => File.Delete(path);
}
