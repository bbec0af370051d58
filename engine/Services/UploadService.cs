using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>Files a group uploads as run inputs (flowServ's <c>api.uploads()</c>); members only.</summary>
public sealed class UploadService(FlowservDbContext db, AccessPolicy access, FileStore store, TimeProvider clock)
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store and records it. The name must be a plain file
    /// name: the bytes are stored under the file id, and the name is what downloads are called.
    /// </summary>
    public async Task<UploadedFile> UploadAsync(Caller caller, string groupId, string name, Stream content, CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var fileName = ValidateFileName(name);
        var fileId = Identifiers.NewId();
        var path = store.UploadPath(group.WorkflowId, group.Id, fileId);
        var size = await FileStore.SaveAsync(path, content, cancellationToken);
        var file = new UploadedFile
        {
            Id = fileId,
            GroupId = group.Id,
            Name = fileName,
            MimeType = MimeTypes.Guess(fileName),
            Size = size,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.UploadedFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return file;
    }

    public async Task<IReadOnlyList<UploadedFile>> ListAsync(Caller caller, string groupId, CancellationToken cancellationToken = default)
    {
        await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        return await db.UploadedFiles.AsNoTracking().Where(f => f.GroupId == groupId)
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Name).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The uploads of each of <paramref name="groupIds"/> the caller is a member of, oldest first (for loaders);
    /// groups the caller may not see, or that do not exist, are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<UploadedFile>>> ListManyAsync(Caller caller, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        await access.VisibleGroups(caller).AsNoTracking()
            .Where(g => groupIds.Contains(g.Id))
            .Include(g => g.Uploads.OrderBy(f => f.CreatedAt).ThenBy(f => f.Name))
            .ToDictionaryAsync(g => g.Id, g => (IReadOnlyList<UploadedFile>)g.Uploads, cancellationToken);

    /// <summary>Uploads by id (for loaders) among those of groups the caller is a member of; others are absent.</summary>
    public async Task<IReadOnlyDictionary<string, UploadedFile>> GetManyAsync(Caller caller, IReadOnlyCollection<string> fileIds, CancellationToken cancellationToken = default)
    {
        var visibleGroups = access.VisibleGroups(caller);
        return await db.UploadedFiles.AsNoTracking()
            .Where(f => fileIds.Contains(f.Id) && visibleGroups.Any(g => g.Id == f.GroupId))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
    }

    public async Task<StoredFile> GetAsync(Caller caller, string groupId, string fileId, CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var file = await FindAsync(groupId, fileId, cancellationToken);
        return new StoredFile(file.Id, file.Name, file.MimeType, file.Size, store.UploadPath(group.WorkflowId, groupId, fileId));
    }

    /// <summary>Removes the record first, then the bytes, so a failure never leaves a record without a file.</summary>
    public async Task DeleteAsync(Caller caller, string groupId, string fileId, CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var file = await FindAsync(groupId, fileId, cancellationToken);
        db.UploadedFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(store.UploadPath(group.WorkflowId, groupId, fileId));
    }

    private async Task<UploadedFile> FindAsync(string groupId, string fileId, CancellationToken cancellationToken) =>
        await db.UploadedFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.GroupId == groupId, cancellationToken)
        ?? throw UnknownObjectException.File(fileId);

    private static string ValidateFileName(string name)
    {
        var fileName = Names.Validate(name);
        if (fileName is "." or ".."
            || fileName.IndexOfAny(['/', '\\']) >= 0
            || fileName.Any(char.IsControl))
        {
            throw ConstraintViolationException.InvalidPath(name);
        }
        return fileName;
    }
}
