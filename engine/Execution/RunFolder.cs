using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Execution;

/// <summary>A run's working folder under the file store's <c>runs/</c>: created fresh for every attempt and removed afterwards.</summary>
internal sealed class RunFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>An empty folder holding the workflow's static files; leftovers of an interrupted attempt are removed first.</summary>
    public static RunFolder Create(string path, string staticDirectory)
    {
        FileStore.DeleteDirectory(path);
        Directory.CreateDirectory(path);
        if (Directory.Exists(staticDirectory))
        {
            FileStore.CopyDirectory(staticDirectory, path);
        }
        return new RunFolder(path);
    }

    /// <summary>Copies a file or folder to <paramref name="target"/>, a user-supplied path that must stay inside the run folder.</summary>
    public void CopyIn(string source, string target)
    {
        var destination = SafePath.Combine(Path, target);
        if (Directory.Exists(source))
        {
            FileStore.CopyDirectory(source, destination);
            return;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        File.Copy(source, destination, overwrite: true);
    }

    public string Resolve(string relativePath) => SafePath.Combine(Path, relativePath);

    public void Delete() => FileStore.DeleteDirectory(Path);
}
