using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Copies a successful run's retained outputs out of the run folder into the store (flowServ D.4); a source
/// ending in '/' retains every file below that folder. A missing output fails the run rather than leaving it
/// unfinished, as flowServ would.
/// </summary>
internal static class OutputRetention
{
    public static List<RunFile> Retain(IReadOnlyList<OutputFileSpec> outputs, RunFolder folder, string outputDirectory, string runId)
    {
        var files = new List<RunFile>();
        foreach (var output in outputs)
        {
            foreach (var (source, key) in Expand(output, folder))
            {
                var target = SafePath.Combine(outputDirectory, key);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
                files.Add(new RunFile
                {
                    Id = Identifiers.NewId(),
                    RunId = runId,
                    Key = key,
                    MimeType = MimeTypes.Guess(key),
                    Size = new FileInfo(target).Length,
                });
            }
        }
        return files;
    }

    private static IEnumerable<(string Source, string Key)> Expand(OutputFileSpec output, RunFolder folder)
    {
        var source = folder.Resolve(output.Source);
        if (output.Source.EndsWith('/'))
        {
            if (!Directory.Exists(source))
            {
                throw new RunFailedException($"missing output folder '{output.Source}'");
            }
            var key = SafePath.NormalizeRelative(output.Key);
            return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => (file, $"{key}/{Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/')}"))
                .ToList();
        }
        return File.Exists(source)
            ? [(source, SafePath.NormalizeRelative(output.Key))]
            : throw new RunFailedException($"missing output file '{output.Source}'");
    }
}
