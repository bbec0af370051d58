using System.Text.Json;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Postprocessing;

/// <summary>
/// The inputs of a post-processing run (flowServ D.5), staged under <c>tmp/postproc/{run}</c> when the run is
/// created, so it processes the ranking it was started for: <c>runs.json</c> (<c>[{id, name, files}]</c> in
/// rank order) and <c>{run id}/{key}</c> for each declared input file of each ranked run. The run folder
/// receives the whole staging folder as its runs folder.
/// </summary>
internal static class PostprocessingInputs
{
    public static string StagingDirectory(FileStore store, string postprocRunId) =>
        Path.Combine(store.BaseDirectory, "tmp", "postproc", postprocRunId);

    public static async Task StageAsync(
        FlowservDbContext db, FileStore store, PostProcessingSpec spec, string workflowId, IReadOnlyList<LeaderboardEntry> ranking,
        string staging, CancellationToken cancellationToken)
    {
        FileStore.DeleteDirectory(staging);
        Directory.CreateDirectory(staging);
        var ids = ranking.Select(entry => entry.RunId).ToList();
        var files = await db.RunFiles.AsNoTracking()
            .Where(f => ids.Contains(f.RunId) && spec.InputFiles.Contains(f.Key))
            .Select(f => new { f.RunId, f.Key })
            .ToListAsync(cancellationToken);
        foreach (var entry in ranking)
        {
            foreach (var key in spec.InputFiles)
            {
                if (!files.Exists(f => f.RunId == entry.RunId && f.Key == key))
                {
                    throw new RunFailedException($"run '{entry.RunId}' has no file '{key}' for post-processing");
                }
                var target = SafePath.Combine(staging, $"{entry.RunId}/{key}");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(SafePath.Combine(store.RunOutputDirectory(workflowId, entry.RunId), key), target);
            }
        }
        var index = ranking.Select(entry => new { id = entry.RunId, name = entry.GroupName, files = spec.InputFiles });
        await File.WriteAllTextAsync(Path.Combine(staging, PostProcessingSpec.RunsIndexFile), JsonSerializer.Serialize(index), cancellationToken);
    }
}
