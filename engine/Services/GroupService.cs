using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>Groups (teams) of a workflow and their members (flowServ's <c>api.groups()</c>).</summary>
public sealed class GroupService(FlowservDbContext db, AccessPolicy access, FileStore store, TimeProvider clock)
{
    /// <summary>
    /// Creates a group owned by the caller. Members must be active users; duplicates are dropped and the
    /// owner is always a member. Names are unique within the workflow.
    /// </summary>
    public async Task<WorkflowGroup> CreateAsync(
        Caller caller,
        string workflowId,
        string name,
        IReadOnlyCollection<string>? members = null,
        string? identifier = null,
        CancellationToken cancellationToken = default)
    {
        var ownerId = AccessPolicy.RequireUser(caller);
        if (!await db.Workflows.AnyAsync(w => w.Id == workflowId, cancellationToken))
        {
            throw UnknownObjectException.Workflow(workflowId);
        }
        var groupId = Identifiers.UserSuppliedOrNew(identifier, "group");
        var groupName = Names.Validate(name);
        await RequireFreeNameAsync(workflowId, groupName, exceptGroupId: null, cancellationToken);
        if (await db.Groups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            throw ConstraintViolationException.DuplicateName("group", groupId);
        }
        var memberIds = await RequireActiveUsersAsync([ownerId, .. members ?? []], cancellationToken);
        var group = new WorkflowGroup
        {
            Id = groupId,
            WorkflowId = workflowId,
            Name = groupName,
            OwnerId = ownerId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Members = memberIds.Select(id => new GroupMember { GroupId = groupId, UserId = id }).ToList(),
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    /// <summary>A group with its members. Group metadata is public; uploads and runs are not.</summary>
    public async Task<WorkflowGroup> GetAsync(string groupId, CancellationToken cancellationToken = default) =>
        await db.Groups.AsNoTracking().Include(g => g.Members)
            .FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken)
        ?? throw UnknownObjectException.Group(groupId);

    /// <summary>Groups with their members by id (for loaders); unknown ids are simply absent. Group metadata is public.</summary>
    public async Task<IReadOnlyDictionary<string, WorkflowGroup>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await db.Groups.AsNoTracking().Include(g => g.Members)
            .Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);

    /// <summary>
    /// The groups with their members of <paramref name="userId"/> (by default the caller) that the caller may
    /// see (their own, all in open mode), optionally of one workflow, by name, for paging by the caller.
    /// </summary>
    public IQueryable<WorkflowGroup> QueryMemberships(Caller caller, string? userId = null, string? workflowId = null)
    {
        var memberId = userId ?? caller.UserId;
        var query = access.VisibleGroups(caller).AsNoTracking().Include(g => g.Members)
            .Where(g => memberId != null && g.Members.Any(m => m.UserId == memberId));
        if (workflowId is not null)
        {
            query = query.Where(g => g.WorkflowId == workflowId);
        }
        return query.OrderBy(g => g.Name).ThenBy(g => g.Id);
    }

    /// <summary>A group with its members, for its members only (UNKNOWN_GROUP, UNAUTHORIZED).</summary>
    public async Task<WorkflowGroup> GetMemberGroupAsync(Caller caller, string groupId, CancellationToken cancellationToken = default)
    {
        var group = await GetAsync(groupId, cancellationToken);
        await access.RequireMembershipAsync(caller, group.Id, cancellationToken);
        return group;
    }

    /// <summary>The caller's groups, optionally of one workflow (UNKNOWN_WORKFLOW); anonymous callers belong to none.</summary>
    public async Task<IReadOnlyList<WorkflowGroup>> ListAsync(Caller caller, string? workflowId = null, CancellationToken cancellationToken = default)
    {
        if (workflowId is not null && !await db.Workflows.AnyAsync(w => w.Id == workflowId, cancellationToken))
        {
            throw UnknownObjectException.Workflow(workflowId);
        }
        return await QueryMemberships(caller, workflowId: workflowId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Renames the group and/or replaces its member list (members only). The owner stays a member even
    /// when the new list leaves them out.
    /// </summary>
    public async Task<WorkflowGroup> UpdateAsync(
        Caller caller,
        string groupId,
        string? name = null,
        IReadOnlyCollection<string>? members = null,
        CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        await db.Entry(group).Collection(g => g.Members).LoadAsync(cancellationToken);
        if (name is not null)
        {
            var groupName = Names.Validate(name);
            await RequireFreeNameAsync(group.WorkflowId, groupName, group.Id, cancellationToken);
            group.Name = groupName;
        }
        if (members is not null)
        {
            var memberIds = await RequireActiveUsersAsync([group.OwnerId, .. members], cancellationToken);
            group.Members.RemoveAll(m => !memberIds.Contains(m.UserId));
            var current = group.Members.Select(m => m.UserId).ToHashSet();
            group.Members.AddRange(memberIds.Where(id => !current.Contains(id))
                .Select(id => new GroupMember { GroupId = group.Id, UserId = id }));
        }
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    /// <summary>
    /// Deletes the group with its uploads and runs (members only). Refused while a run is active, since
    /// its worker would write into a folder that no longer belongs to anything.
    /// </summary>
    public async Task DeleteAsync(Caller caller, string groupId, CancellationToken cancellationToken = default)
    {
        var group = await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        var runs = await db.Runs.Where(r => r.GroupId == groupId)
            .Select(r => new { r.Id, r.State }).ToListAsync(cancellationToken);
        if (runs.Any(r => r.State.IsActive()))
        {
            throw ConstraintViolationException.InvalidRunState("group has active runs");
        }
        db.Groups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        FileStore.DeleteDirectory(store.GroupDirectory(group.WorkflowId, group.Id));
        foreach (var run in runs)
        {
            FileStore.DeleteDirectory(store.RunOutputDirectory(group.WorkflowId, run.Id));
        }
    }

    private async Task RequireFreeNameAsync(string workflowId, string name, string? exceptGroupId, CancellationToken cancellationToken)
    {
        if (await db.Groups.AnyAsync(g => g.WorkflowId == workflowId && g.Name == name && g.Id != exceptGroupId, cancellationToken))
        {
            throw ConstraintViolationException.DuplicateName("group", name);
        }
    }

    private async Task<HashSet<string>> RequireActiveUsersAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var wanted = userIds.ToHashSet(StringComparer.Ordinal);
        var active = await db.Users.Where(u => wanted.Contains(u.Id) && u.IsActive)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(active).Order(StringComparer.Ordinal).FirstOrDefault();
        return missing is null ? wanted : throw UnknownObjectException.User(missing);
    }
}
