using Flowserv.Engine.Storage;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Storage;

public sealed class FileStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void Layout_keeps_every_area_below_the_base_folder()
    {
        var store = new FileStore(temp.Path);

        Assert.Equal(temp.Combine("workflows", "w", "static"), store.StaticDirectory("w"));
        Assert.Equal(temp.Combine("workflows", "w", "groups", "g", "files", "f"), store.UploadPath("w", "g", "f"));
        Assert.Equal(temp.Combine("workflows", "w", "runs", "r"), store.RunOutputDirectory("w", "r"));
        Assert.Equal(temp.Combine("runs", "r"), store.RunWorkDirectory("r"));
        Assert.StartsWith(temp.Combine("tmp"), store.CreateTempDirectory(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_writes_the_content_and_leaves_no_partial_file()
    {
        var path = temp.Combine("a", "b", "file.bin");

        var size = await FileStore.SaveAsync(path, new MemoryStream([1, 2, 3]), default);

        Assert.Equal(3, size);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["file.bin"], Directory.GetFiles(temp.Combine("a", "b")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_save_keeps_the_previous_file_and_no_partial_file()
    {
        var path = temp.Combine("file.bin");
        File.WriteAllBytes(path, [9]);

        await Assert.ThrowsAsync<IOException>(() => FileStore.SaveAsync(path, new FailingStream(), default));

        Assert.Equal([9], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Copy_directory_skips_symbolic_links()
    {
        var source = temp.Combine("source");
        Directory.CreateDirectory(Path.Combine(source, "sub"));
        File.WriteAllText(Path.Combine(source, "sub", "a.txt"), "A");
        File.CreateSymbolicLink(Path.Combine(source, "link"), "/etc/passwd");

        FileStore.CopyDirectory(source, temp.Combine("copy"));

        Assert.Equal("A", File.ReadAllText(temp.Combine("copy", "sub", "a.txt")));
        Assert.False(Path.Exists(temp.Combine("copy", "link")));
    }

    [Theory]
    [InlineData("names.txt", "text/plain")]
    [InlineData("RESULTS.JSON", "application/json")]
    [InlineData("archive.tar.gz", "application/gzip")]
    [InlineData("unknown.xyz", null)]
    [InlineData("noextension", null)]
    public void Mime_types_are_guessed_from_the_extension(string name, string? expected) =>
        Assert.Equal(expected, MimeTypes.Guess(name));

    public void Dispose() => temp.Dispose();

    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base([1, 2, 3])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("connection reset");
    }
}
