using System.IO.Compression;
using System.Text;
using Flowserv.GraphQL.Uploads;

namespace Flowserv.Schema.Tests.Mutations;

/// <summary>An <c>Upload</c> value as the multipart transport hands it to resolvers, from bytes in memory.</summary>
internal sealed class FakeUpload(string name, byte[] content) : IUploadedFile
{
    public string Name { get; } = name;

    public string? ContentType => null;

    public long Length => content.Length;

    public Stream OpenReadStream() => new MemoryStream(content, writable: false);

    public static FakeUpload Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>A folder zipped with itself as the single top-level entry, as template folders usually are.</summary>
    public static FakeUpload ZipOf(string directory)
    {
        using var buffer = new MemoryStream();
        ZipFile.CreateFromDirectory(directory, buffer, CompressionLevel.Fastest, includeBaseDirectory: true);
        return new FakeUpload(Path.GetFileName(directory) + ".zip", buffer.ToArray());
    }
}
