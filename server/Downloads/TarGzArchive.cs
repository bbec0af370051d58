using System.Formats.Tar;
using System.IO.Compression;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Flowserv.Server.Downloads;

/// <summary>
/// A tar.gz of stored files, written straight into the response body as it is read: nothing is buffered
/// in memory or on disk, so archive size is bounded by the store only. Entries are named after the
/// files' names (a run file's key). The ETag is weak because equal files need not compress to equal bytes
/// across runtime versions, and ranges are not offered for the same reason.
/// </summary>
internal sealed class TarGzArchive : IResult
{
    private const UnixFileMode EntryMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string fileName;
    private readonly IReadOnlyList<(StoredFile File, DateTime LastWriteUtc)> entries;
    private readonly EntityTagHeaderValue entityTag;

    private TarGzArchive(string fileName, IReadOnlyList<(StoredFile File, DateTime LastWriteUtc)> entries)
    {
        this.fileName = fileName;
        this.entries = entries;
        entityTag = EntityTags.Of(isWeak: true, entries.Select(entry => (entry.File.Id, entry.File.Size, entry.LastWriteUtc)));
    }

    /// <summary>Checks that every file is still there before the response starts, when an error can still be reported.</summary>
    public static TarGzArchive Create(string fileName, IEnumerable<StoredFile> files) =>
        new(fileName, files.Select(file => (file, LastWriteOf(file))).ToList());

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = entityTag;
        if (IsNotModified(httpContext.Request.GetTypedHeaders()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = MimeTypes.Guess(fileName) ?? FileDownload.DefaultContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition;
        var cancellationToken = httpContext.RequestAborted;
        await using var gzip = new GZipStream(response.Body, CompressionLevel.Optimal, leaveOpen: true);
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

    private bool IsNotModified(RequestHeaders request) =>
        request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(entityTag, useStrongComparison: false));

    private static DateTime LastWriteOf(StoredFile file)
    {
        var info = new FileInfo(file.Path);
        return info.Exists ? info.LastWriteTimeUtc : throw UnknownObjectException.File(file.Id);
    }
}
