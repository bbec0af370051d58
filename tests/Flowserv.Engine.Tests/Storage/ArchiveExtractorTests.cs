using System.Formats.Tar;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Storage;

public sealed class ArchiveExtractorTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string Target => temp.Combine("root", "target");

    [Fact]
    public async Task Zip_entries_and_folders_are_extracted()
    {
        var archive = ArchiveBuilder.Zip(("a.txt", "A"), ("sub/", ""), ("sub/b.txt", "B"));

        await ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default);

        Assert.Equal("A", File.ReadAllText(Path.Combine(Target, "a.txt")));
        Assert.Equal("B", File.ReadAllText(Path.Combine(Target, "sub", "b.txt")));
    }

    [Fact]
    public async Task TarGz_entries_and_folders_are_extracted()
    {
        var archive = ArchiveBuilder.TarGz(new PaxTarEntry(TarEntryType.Directory, "dir/"), ArchiveBuilder.File("dir/c.txt", "C"));

        await ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default);

        Assert.Equal("C", File.ReadAllText(Path.Combine(Target, "dir", "c.txt")));
    }

    [Fact]
    public async Task Archives_unpacking_beyond_the_size_limit_are_rejected()
    {
        // 4 MB of zeros compress to a few kilobytes: the limit must count what is written, not the archive size.
        var archive = ArchiveBuilder.Zip(("zeros.bin", new string('0', 4 * 1024 * 1024)));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default, new ArchiveLimits(MaxTotalBytes: 1024 * 1024, MaxEntries: 10)));

        Assert.Equal(ErrorCodes.InvalidArchive, error.Code);
        Assert.Equal("archive unpacks to more than 1048576 bytes", error.Message);
    }

    [Fact]
    public async Task Archives_with_too_many_entries_are_rejected()
    {
        var archive = ArchiveBuilder.TarGz(ArchiveBuilder.File("a.txt", "A"), ArchiveBuilder.File("b.txt", "B"), ArchiveBuilder.File("c.txt", "C"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default, new ArchiveLimits(MaxTotalBytes: 1024, MaxEntries: 2)));

        Assert.Equal(ErrorCodes.InvalidArchive, error.Code);
        Assert.False(File.Exists(Path.Combine(Target, "c.txt")));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("sub/../../escape.txt")]
    [InlineData("/tmp/escape.txt")]
    public async Task Zip_entries_leaving_the_folder_are_rejected(string name)
    {
        var archive = ArchiveBuilder.Zip((name, "evil"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default));

        Assert.Equal(ErrorCodes.InvalidPath, error.Code);
        Assert.False(File.Exists(temp.Combine("root", "escape.txt")));
        Assert.Empty(Directory.GetFiles(Target, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/escape.txt")]
    public async Task TarGz_entries_leaving_the_folder_are_rejected(string name)
    {
        var archive = ArchiveBuilder.TarGz(ArchiveBuilder.File(name, "evil"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default));

        Assert.Equal(ErrorCodes.InvalidPath, error.Code);
        Assert.False(File.Exists(temp.Combine("root", "escape.txt")));
    }

    [Theory]
    [InlineData(TarEntryType.SymbolicLink)]
    [InlineData(TarEntryType.HardLink)]
    public async Task TarGz_links_are_rejected_and_nothing_follows_them(TarEntryType type)
    {
        var outside = temp.Combine("outside.txt");
        File.WriteAllText(outside, "keep");
        var archive = ArchiveBuilder.TarGz(ArchiveBuilder.Link(type, "link", outside), ArchiveBuilder.File("link", "overwritten"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default));

        Assert.Equal(ErrorCodes.InvalidArchive, error.Code);
        Assert.Contains("link", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("keep", File.ReadAllText(outside));
        Assert.False(Path.Exists(Path.Combine(Target, "link")));
    }

    [Fact]
    public async Task Zip_symbolic_links_are_rejected()
    {
        var archive = ArchiveBuilder.Zip([("link", "/etc/passwd", 0xA1FF)]);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default));

        Assert.Equal(ErrorCodes.InvalidArchive, error.Code);
        Assert.Equal("archive entry 'link' is a symbolic link", error.Message);
    }

    [Fact]
    public async Task A_path_listed_twice_is_rejected()
    {
        var archive = ArchiveBuilder.TarGz(ArchiveBuilder.File("a.txt", "first"), ArchiveBuilder.File("a.txt", "second"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, archive), Target, default));

        Assert.Equal("archive entry 'a.txt' appears twice", error.Message);
        Assert.Equal("first", File.ReadAllText(Path.Combine(Target, "a.txt")));
    }

    [Fact]
    public async Task Unknown_formats_are_rejected()
    {
        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            ArchiveExtractor.ExtractAsync(ArchiveBuilder.Save(temp.Path, "just text"u8.ToArray()), Target, default));

        Assert.Equal(ErrorCodes.InvalidArchive, error.Code);
    }

    public void Dispose() => temp.Dispose();
}
