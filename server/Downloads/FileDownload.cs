using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;

namespace Flowserv.Server.Downloads;

/// <summary>One stored file as a download: conditional requests and ranges are answered by ASP.NET Core.</summary>
internal static class FileDownload
{
    public const string DefaultContentType = "application/octet-stream";

    public static IResult Create(StoredFile file)
    {
        FileStream stream;
        try
        {
            stream = file.OpenRead();
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            // A record whose bytes are gone (deleted meanwhile) is as good as unknown.
            throw UnknownObjectException.File(file.Id);
        }
        var lastWrite = File.GetLastWriteTimeUtc(stream.SafeFileHandle);
        var entityTag = EntityTags.Of(isWeak: false, [(file.Id, stream.Length, lastWrite)]);
        var name = Path.GetFileName(file.Name);
        return Results.File(
            stream,
            file.MimeType ?? MimeTypes.Guess(name) ?? DefaultContentType,
            name,
            new DateTimeOffset(lastWrite),
            entityTag,
            enableRangeProcessing: true);
    }
}
