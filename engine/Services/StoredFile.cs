namespace Flowserv.Engine.Services;

/// <summary>A downloadable file: metadata plus where the bytes are, so hosts can stream with ranges.</summary>
public sealed record StoredFile(string Id, string Name, string? MimeType, long Size, string Path)
{
    public FileStream OpenRead() => Storage.FileStore.OpenRead(Path);
}
