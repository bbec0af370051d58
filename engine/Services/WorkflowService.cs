using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>
/// Installed workflow templates (flowServ's <c>api.workflows()</c>). Reading is public; installing,
/// changing and removing are for administrators (anyone in open mode).
/// </summary>
public sealed class WorkflowService(FlowservDbContext db, AccessPolicy access, FileStore store, TimeProvider clock)
{
    /// <summary>The folder, below the application, holding the Hello World benchmark installed on first start.</summary>
    public static string SampleDirectory => Path.Combine(AppContext.BaseDirectory, "Samples", "HelloWorld");

    /// <summary>
    /// Installs a workflow from a template folder on the server: manifest, template and files are
    /// validated, the files copied to the workflow's static folder, and the name made unique
    /// (<c>Name (1)</c>, <c>Name (2)</c>, ...).
    /// </summary>
    public async Task<Workflow> CreateFromFolderAsync(Caller caller, string sourceDirectory, WorkflowInstallOptions? options = null, CancellationToken cancellationToken = default)
    {
        access.RequireAdministrator(caller);
        return await InstallAsync(sourceDirectory, options ?? new WorkflowInstallOptions(), cancellationToken);
    }

    /// <summary>
    /// Installs a workflow from an uploaded zip or tar.gz of a template folder. The archive is streamed to
    /// a temporary file and unpacked with every entry path checked; a single top-level folder in the
    /// archive is taken as the template folder.
    /// </summary>
    public async Task<Workflow> CreateFromArchiveAsync(Caller caller, Stream archive, WorkflowInstallOptions? options = null, CancellationToken cancellationToken = default)
    {
        access.RequireAdministrator(caller);
        var staging = store.CreateTempDirectory();
        try
        {
            var archivePath = Path.Combine(staging, "archive");
            await FileStore.SaveAsync(archivePath, archive, cancellationToken);
            var unpacked = Path.Combine(staging, "source");
            await ArchiveExtractor.ExtractAsync(archivePath, unpacked, cancellationToken);
            return await InstallAsync(TemplateRoot(unpacked), options ?? new WorkflowInstallOptions(), cancellationToken);
        }
        finally
        {
            FileStore.DeleteDirectory(staging);
        }
    }

    /// <summary>Installs the Hello World benchmark; used by <see cref="EngineInitializer"/> on an empty database.</summary>
    internal Task<Workflow> InstallSampleAsync(CancellationToken cancellationToken) =>
        InstallAsync(SampleDirectory, new WorkflowInstallOptions(), cancellationToken);

    public async Task<Workflow> GetAsync(string workflowId, CancellationToken cancellationToken = default) =>
        await db.Workflows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workflowId, cancellationToken)
        ?? throw UnknownObjectException.Workflow(workflowId);

    public async Task<IReadOnlyList<Workflow>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Workflows.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);

    /// <summary>Workflows by id (for loaders); unknown ids are simply absent.</summary>
    public async Task<IReadOnlyDictionary<string, Workflow>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await db.Workflows.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);

    /// <summary>All workflows, for filtering and paging by the caller (workflows are public).</summary>
    public IQueryable<Workflow> QueryAll() => db.Workflows.AsNoTracking();

    /// <summary>Changes the display fields; the template itself never changes after install.</summary>
    public async Task<Workflow> UpdateAsync(
        Caller caller,
        string workflowId,
        string? name = null,
        string? description = null,
        string? instructions = null,
        CancellationToken cancellationToken = default)
    {
        access.RequireAdministrator(caller);
        var workflow = await db.Workflows.FirstOrDefaultAsync(w => w.Id == workflowId, cancellationToken)
            ?? throw UnknownObjectException.Workflow(workflowId);
        if (name is not null)
        {
            var newName = Names.Validate(name);
            if (await db.Workflows.AnyAsync(w => w.Name == newName && w.Id != workflowId, cancellationToken))
            {
                throw ConstraintViolationException.DuplicateName("workflow", newName);
            }
            workflow.Name = newName;
        }
        workflow.Description = description ?? workflow.Description;
        workflow.Instructions = instructions ?? workflow.Instructions;
        await db.SaveChangesAsync(cancellationToken);
        return workflow;
    }

    /// <summary>Removes the workflow with its groups, uploads and runs, and its files; refused while a run is active.</summary>
    public async Task DeleteAsync(Caller caller, string workflowId, CancellationToken cancellationToken = default)
    {
        access.RequireAdministrator(caller);
        var workflow = await db.Workflows.FirstOrDefaultAsync(w => w.Id == workflowId, cancellationToken)
            ?? throw UnknownObjectException.Workflow(workflowId);
        var runs = await db.Runs.Where(r => r.WorkflowId == workflowId)
            .Select(r => new { r.Id, r.State }).ToListAsync(cancellationToken);
        if (runs.Any(r => r.State.IsActive()))
        {
            throw ConstraintViolationException.InvalidRunState("workflow has active runs");
        }
        db.Workflows.Remove(workflow);
        await db.SaveChangesAsync(cancellationToken);
        FileStore.DeleteDirectory(store.WorkflowDirectory(workflowId));
        foreach (var run in runs)
        {
            FileStore.DeleteDirectory(store.RunWorkDirectory(run.Id));
        }
    }

    private async Task<Workflow> InstallAsync(string sourceDirectory, WorkflowInstallOptions options, CancellationToken cancellationToken)
    {
        var workflowId = Identifiers.UserSuppliedOrNew(options.Identifier, "workflow");
        // Checked before anything touches the store: flowServ erased an existing workflow's files here.
        if (await db.Workflows.AnyAsync(w => w.Id == workflowId, cancellationToken))
        {
            throw ConstraintViolationException.DuplicateName("workflow", workflowId);
        }
        var manifest = ManifestLoader.Load(sourceDirectory, options.ToOverrides());
        var baseName = Names.Validate(manifest.Name);
        var taken = await db.Workflows.Where(w => w.Name.StartsWith(baseName))
            .Select(w => w.Name).ToListAsync(cancellationToken);
        var workflow = new Workflow
        {
            Id = workflowId,
            Name = Names.MakeUnique(baseName, taken.ToHashSet(StringComparer.Ordinal)),
            Description = manifest.Description,
            Instructions = manifest.Instructions,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            TemplateJson = manifest.Template.ToJson(),
            Digest = TemplateDigest.Compute(manifest.Files, manifest.Template),
            IgnorePostproc = options.IgnorePostproc,
        };
        var staticDirectory = store.StaticDirectory(workflowId);
        try
        {
            CopyFiles(manifest.Files, staticDirectory);
            db.Workflows.Add(workflow);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent install took the id or the name between the checks and the insert.
            FileStore.DeleteDirectory(store.WorkflowDirectory(workflowId));
            throw ConstraintViolationException.DuplicateName("workflow", workflow.Name);
        }
        catch
        {
            FileStore.DeleteDirectory(store.WorkflowDirectory(workflowId));
            throw;
        }
        return workflow;
    }

    private static void CopyFiles(IEnumerable<ManifestFile> files, string staticDirectory)
    {
        Directory.CreateDirectory(staticDirectory);
        foreach (var file in files)
        {
            var target = SafePath.Combine(staticDirectory, file.TargetPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file.SourcePath, target, overwrite: true);
        }
    }

    // Archives of a template folder usually wrap it in one top-level folder.
    private static string TemplateRoot(string unpacked)
    {
        var directories = Directory.GetDirectories(unpacked);
        return directories.Length == 1 && Directory.GetFiles(unpacked).Length == 0 ? directories[0] : unpacked;
    }
}
