using System.Linq.Expressions;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>Starting, inspecting, canceling and deleting runs (flowServ's <c>api.runs()</c>); members only.</summary>
public sealed class RunService(
    FlowservDbContext db,
    AccessPolicy access,
    IRunScheduler scheduler,
    WorkflowTemplates templates,
    FileStore store,
    TimeProvider clock)
{
    public const string DefaultCancelMessage = "canceled at user request";

    /// <summary>
    /// Checks and casts the arguments against the group's workflow template, then inserts the run as
    /// PENDING and schedules it in one transaction. File arguments must be uploads of the same group and
    /// their target paths must stay inside the run folder.
    /// </summary>
    public async Task<Run> StartAsync(Caller caller, string groupId, IReadOnlyList<RunArgument> arguments, CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var workflow = await db.Workflows.AsNoTracking().SingleAsync(w => w.Id == group.WorkflowId, cancellationToken);
        var template = templates.Get(workflow);
        var raw = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.File is not null && argument.Value is not null)
            {
                throw ConstraintViolationException.InvalidArgument($"argument '{argument.Name}' has both a value and a file");
            }
            if (!raw.TryAdd(argument.Name, argument.File ?? argument.Value))
            {
                throw ConstraintViolationException.InvalidArgument($"non-unique run argument '{argument.Name}'");
            }
        }
        var cast = template.CastArguments(raw);
        await RequireGroupUploadsAsync(groupId, cast.Values.SelectMany(value => UploadReferences.In(value, includeActorFiles: true)).ToList(), cancellationToken);
        var run = new Run
        {
            Id = Identifiers.NewId(),
            WorkflowId = workflow.Id,
            GroupId = group.Id,
            State = RunState.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ArgumentsJson = RunArgumentsJson.Serialize(arguments),
            WorkflowDigest = workflow.Digest,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(run.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>A run with its messages, files, result values and steps.</summary>
    public async Task<Run> GetAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        return await LoadAsync(runId, cancellationToken);
    }

    /// <summary>The run without its messages, files, results and steps, for callers that load those on their own (GraphQL loaders).</summary>
    public Task<Run> GetRowAsync(Caller caller, string runId, CancellationToken cancellationToken = default) =>
        access.RequireRunAccessAsync(caller, runId, cancellationToken);

    /// <summary>The group's runs, newest first, optionally only those in <paramref name="state"/>.</summary>
    public async Task<IReadOnlyList<Run>> ListAsync(Caller caller, string groupId, RunState? state = null, CancellationToken cancellationToken = default)
    {
        await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var query = db.Runs.AsNoTracking().Where(r => r.GroupId == groupId);
        if (state is not null)
        {
            query = query.Where(r => r.State == state);
        }
        return await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The runs the caller may see, for filtering and paging by the caller: runs of the caller's groups
    /// and all post-processing runs (everything in open mode).
    /// </summary>
    public IQueryable<Run> QueryVisible(Caller caller)
    {
        var runs = db.Runs.AsNoTracking();
        if (access.SeesEverything)
        {
            return runs;
        }
        var userId = caller.UserId;
        return runs.Where(r => r.GroupId == null
            || (userId != null && db.GroupMembers.Any(m => m.GroupId == r.GroupId && m.UserId == userId)));
    }

    /// <summary>Runs by id (for loaders) among those the caller may see; others are absent.</summary>
    public async Task<IReadOnlyDictionary<string, Run>> GetManyAsync(Caller caller, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default) =>
        await QueryVisible(caller).Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

    /// <summary>The group's runs for filtering and paging by the caller, after checking membership.</summary>
    public async Task<IQueryable<Run>> QueryGroupAsync(Caller caller, string groupId, CancellationToken cancellationToken = default)
    {
        await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        return db.Runs.AsNoTracking().Where(r => r.GroupId == groupId);
    }

    /// <summary>Retained files of each visible run, by key; runs the caller may not see are absent.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RunFile>>> GetFilesManyAsync(Caller caller, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default) =>
        VisibleDetailsAsync(caller, runIds, r => r.Files.OrderBy(f => f.Key), r => r.Files, cancellationToken);

    /// <summary>Steps of each visible run, in order; runs the caller may not see are absent.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RunStep>>> GetStepsManyAsync(Caller caller, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default) =>
        VisibleDetailsAsync(caller, runIds, r => r.Steps.OrderBy(s => s.Position), r => r.Steps, cancellationToken);

    /// <summary>Error or cancel messages of each visible run, in order; runs the caller may not see are absent.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RunMessage>>> GetMessagesManyAsync(Caller caller, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default) =>
        VisibleDetailsAsync(caller, runIds, r => r.Messages.OrderBy(m => m.Position), r => r.Messages, cancellationToken);

    /// <summary>Result values of each visible run; runs the caller may not see are absent.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RunResultValue>>> GetResultsManyAsync(Caller caller, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default) =>
        VisibleDetailsAsync(caller, runIds, r => r.Results, r => r.Results, cancellationToken);

    /// <summary>Retained files by id (for loaders) among those of runs the caller may see; others are absent.</summary>
    public async Task<IReadOnlyDictionary<string, RunFile>> GetFilesByIdAsync(Caller caller, IReadOnlyCollection<string> fileIds, CancellationToken cancellationToken = default)
    {
        var visibleRuns = QueryVisible(caller);
        return await db.RunFiles.AsNoTracking()
            .Where(f => fileIds.Contains(f.Id) && visibleRuns.Any(r => r.Id == f.RunId))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
    }

    /// <summary>
    /// A run's log lines, oldest first, for paging by the caller; access is checked like <see cref="GetAsync"/>.
    /// </summary>
    public async Task<IQueryable<RunLogLine>> QueryLogAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        return db.RunLogLines.AsNoTracking().Where(l => l.RunId == runId).OrderBy(l => l.Sequence);
    }

    /// <summary>
    /// Stops a PENDING or RUNNING run and stores it as CANCELED with <paramref name="reason"/> (or
    /// "canceled at user request"). The state check is part of the update, so a run that finished
    /// meanwhile is reported as INVALID_RUN_STATE instead of being overwritten.
    /// </summary>
    public async Task<Run> CancelAsync(Caller caller, string runId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var run = await access.RequireRunControlAsync(caller, runId, cancellationToken);
        RequireState(run, active: true);
        await scheduler.CancelAsync(runId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Runs
            .Where(r => r.Id == runId && (r.State == RunState.Pending || r.State == RunState.Running))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(r => r.State, RunState.Canceled)
                .SetProperty(r => r.StartedAt, r => r.StartedAt ?? now)
                .SetProperty(r => r.EndedAt, now),
                cancellationToken);
        if (updated == 0)
        {
            var current = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
            throw ConstraintViolationException.InvalidRunState(current.State.ToCode());
        }
        await db.RunMessages.Where(m => m.RunId == runId).ExecuteDeleteAsync(cancellationToken);
        db.RunMessages.Add(new RunMessage { RunId = runId, Position = 0, Text = string.IsNullOrWhiteSpace(reason) ? DefaultCancelMessage : reason });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return await LoadAsync(runId, cancellationToken);
    }

    /// <summary>Deletes a finished run with its files; active runs must be canceled first.</summary>
    public async Task DeleteAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        var run = await access.RequireRunControlAsync(caller, runId, cancellationToken);
        RequireState(run, active: false);
        db.Runs.Remove(run);
        await db.SaveChangesAsync(cancellationToken);
        FileStore.DeleteDirectory(store.RunOutputDirectory(run.WorkflowId, run.Id));
        FileStore.DeleteDirectory(store.RunWorkDirectory(run.Id));
    }

    /// <summary>
    /// Deletes finished runs created before <paramref name="before"/> (optionally only in <paramref name="state"/>),
    /// keeping the inputs of the current post-processing results (administrators only). Returns the count.
    /// </summary>
    public async Task<int> DeleteObsoleteAsync(Caller caller, DateTime before, RunState? state = null, CancellationToken cancellationToken = default)
    {
        access.RequireAdministrator(caller);
        var query = db.Runs.Where(r => r.CreatedAt < before
            && r.State != RunState.Pending && r.State != RunState.Running
            && !db.PostprocRanking.Any(p => p.RunId == r.Id));
        if (state is not null)
        {
            query = query.Where(r => r.State == state);
        }
        var runs = await query.ToListAsync(cancellationToken);
        db.Runs.RemoveRange(runs);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var run in runs)
        {
            FileStore.DeleteDirectory(store.RunOutputDirectory(run.WorkflowId, run.Id));
            FileStore.DeleteDirectory(store.RunWorkDirectory(run.Id));
        }
        return runs.Count;
    }

    /// <summary>A retained output file of a run, for download.</summary>
    public async Task<StoredFile> GetFileAsync(Caller caller, string runId, string fileId, CancellationToken cancellationToken = default)
    {
        var run = await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        var file = await db.RunFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.RunId == runId, cancellationToken)
            ?? throw UnknownObjectException.File(fileId);
        return ToStoredFile(run, file);
    }

    /// <summary>
    /// The retained output files of a run, by key, for its result archive. Like flowServ, only a successful
    /// run has one; any other reads as an unknown run.
    /// </summary>
    public async Task<IReadOnlyList<StoredFile>> GetArchiveFilesAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        var run = await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        if (run.State != RunState.Success)
        {
            throw UnknownObjectException.Run(runId);
        }
        var files = await db.RunFiles.AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Key).ToListAsync(cancellationToken);
        return files.ConvertAll(file => ToStoredFile(run, file));
    }

    private StoredFile ToStoredFile(Run run, RunFile file) =>
        new(file.Id, file.Key, file.MimeType, file.Size, SafePath.Combine(store.RunOutputDirectory(run.WorkflowId, run.Id), file.Key));

    private async Task<Run> LoadAsync(string runId, CancellationToken cancellationToken) =>
        await FindAsync(runId, cancellationToken) ?? throw UnknownObjectException.Run(runId);

    /// <summary>
    /// A run with its messages, files, result values and steps, or null, whoever asks: for callers that decide
    /// who sees it through <see cref="AccessPolicy"/> themselves.
    /// </summary>
    internal async Task<Run?> FindAsync(string runId, CancellationToken cancellationToken) =>
        await db.Runs.AsNoTracking()
            .Include(r => r.Messages.OrderBy(m => m.Position))
            .Include(r => r.Files.OrderBy(f => f.Key))
            .Include(r => r.Results)
            .Include(r => r.Steps.OrderBy(s => s.Position))
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);

    // One command per batch: the visible runs among the ids, joined with the detail rows.
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> VisibleDetailsAsync<T>(
        Caller caller,
        IReadOnlyCollection<string> runIds,
        Expression<Func<Run, IEnumerable<T>>> include,
        Func<Run, List<T>> details,
        CancellationToken cancellationToken)
    {
        var runs = await QueryVisible(caller).Where(r => runIds.Contains(r.Id)).Include(include).ToListAsync(cancellationToken);
        return runs.ToDictionary(r => r.Id, r => (IReadOnlyList<T>)details(r));
    }

    private static void RequireState(Run run, bool active)
    {
        if (run.State.IsActive() != active)
        {
            throw ConstraintViolationException.InvalidRunState(run.State.ToCode());
        }
    }

    private async Task RequireGroupUploadsAsync(string groupId, IReadOnlyCollection<InputFile> files, CancellationToken cancellationToken)
    {
        var wanted = files.Select(f => f.FileId).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return;
        }
        var found = await db.UploadedFiles.Where(f => f.GroupId == groupId && wanted.Contains(f.Id))
            .Select(f => f.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(found).Order(StringComparer.Ordinal).FirstOrDefault();
        if (missing is not null)
        {
            throw UnknownObjectException.File(missing);
        }
    }
}
