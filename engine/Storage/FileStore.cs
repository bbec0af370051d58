namespace Flowserv.Engine.Storage;

/// <summary>
/// The file store below the API directory. Layout:
/// <c>workflows/{wf}/static/...</c> (template files), <c>workflows/{wf}/groups/{g}/files/{file}</c> (uploads),
/// <c>workflows/{wf}/runs/{run}/{key}</c> (retained run outputs), <c>runs/{run}</c> (run working folders),
/// <c>tmp/{id}</c> (staging). Ids in paths are generated or validated identifiers, never user paths.
/// </summary>
public sealed class FileStore(string baseDirectory)
{
    private const int CopyBufferSize = 81920;

    public string BaseDirectory { get; } = Path.GetFullPath(baseDirectory);

    public string WorkflowDirectory(string workflowId) => Path.Combine(BaseDirectory, "workflows", workflowId);

    public string StaticDirectory(string workflowId) => Path.Combine(WorkflowDirectory(workflowId), "static");

    public string GroupDirectory(string workflowId, string groupId) =>
        Path.Combine(WorkflowDirectory(workflowId), "groups", groupId);

    public string UploadPath(string workflowId, string groupId, string fileId) =>
        Path.Combine(GroupDirectory(workflowId, groupId), "files", fileId);

    public string RunOutputDirectory(string workflowId, string runId) =>
        Path.Combine(WorkflowDirectory(workflowId), "runs", runId);

    public string RunWorkDirectory(string runId) => Path.Combine(BaseDirectory, "runs", runId);

    /// <summary>A fresh, empty folder under <c>tmp/</c>; the caller deletes it when done.</summary>
    public string CreateTempDirectory()
    {
        var path = Path.Combine(BaseDirectory, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Streams <paramref name="content"/> to <paramref name="path"/> through a temporary sibling that is
    /// renamed at the end, so readers never see a half-written file. Returns the byte count.
    /// </summary>
    public static async Task<long> SaveAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            long size;
            await using (var target = new FileStream(
                partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true))
            {
                await content.CopyToAsync(target, CopyBufferSize, cancellationToken);
                size = target.Length;
            }
            File.Move(partial, path, overwrite: true);
            return size;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, useAsync: true);

    /// <summary>Removes a folder and everything in it; a missing folder is fine.</summary>
    public static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Copies a folder tree; symbolic links are skipped so nothing outside the source is pulled in.</summary>
    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }
            var destination = Path.Combine(target, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                CopyDirectory(directory.FullName, destination);
            }
            else
            {
                File.Copy(entry.FullName, destination, overwrite: true);
            }
        }
    }
}
