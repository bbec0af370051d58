using System.Formats.Tar;
using System.IO.Compression;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;

namespace Flowserv.Server.Downloads;

/// <summary>
/// A tar.gz of stored files, written straight into the response body as it is read: nothing is buffered
/// in memory or on disk, so archive size is bounded by the store only. Entries are named after the
/// files' names (a run file's key). The ETag is weak because equal files need not compress to equal bytes
/// across runtime versions, and ranges are not offered for the same reason; conditional requests are
/// answered by ASP.NET Core.
/// </summary>
internal static class TarGzArchive
{
    private const UnixFileMode EntryMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Checks that every file is still there before the response starts, when an error can still be reported.</summary>
    public static IResult Create(string fileName, IEnumerable<StoredFile> files, CancellationToken cancellationToken)
    {
        var entries = files.Select(file => (File: file, LastWriteUtc: LastWriteOf(file))).ToList();
        var entityTag = EntityTags.Of(isWeak: true, entries.Select(entry => (entry.File.Id, entry.File.Size, entry.LastWriteUtc)));
        return Results.Stream(
            body => WriteAsync(body, entries, cancellationToken),
            MimeTypes.Guess(fileName) ?? FileDownload.DefaultContentType,
            fileName,
            entityTag: entityTag);
    }

    private static async Task WriteAsync(Stream body, IReadOnlyList<(StoredFile File, DateTime LastWriteUtc)> entries, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(body, CompressionLevel.Optimal, leaveOpen: true);
        await using var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (file, lastWrite) in entries)
        {
            await using var data = file.OpenRead();
            var entry = new PaxTarEntry(TarEntryType.RegularFile, file.Name)
            {
                DataStream = data,
                ModificationTime = new DateTimeOffset(lastWrite),
                Mode = EntryMode,
            };
            await tar.WriteEntryAsync(entry, cancellationToken);
        }
    }

    private static DateTime LastWriteOf(StoredFile file)
    {
        var info = new FileInfo(file.Path);
        return info.Exists ? info.LastWriteTimeUtc : throw UnknownObjectException.File(file.Id);
    }
}
