using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>
/// Every authorization rule of the engine. Services call these checks before acting; nothing above the
/// engine (GraphQL, CLI) decides access on its own. Existence is checked before membership, like flowServ.
/// </summary>
public sealed class AccessPolicy(FlowservDbContext db, EngineOptions options)
{
    /// <summary>In open mode every caller may see and change every group's data.</summary>
    public bool SeesEverything => options.AuthMode == AuthMode.Open;

    /// <summary>The caller's user id; anonymous callers get UNAUTHENTICATED.</summary>
    public static string RequireUser(Caller caller) => caller.UserId ?? throw new UnauthenticatedException();

    /// <summary>Only administrators install, change or remove workflows (anyone in open mode).</summary>
    public void RequireAdministrator(Caller caller)
    {
        RequireUser(caller);
        if (!SeesEverything && !caller.IsAdministrator)
        {
            throw new UnauthorizedException("administrators only");
        }
    }

    /// <summary>
    /// The groups whose uploads and runs the caller may see, for composing into queries: the caller's own
    /// (every group in open mode, none for anonymous callers).
    /// </summary>
    public IQueryable<WorkflowGroup> VisibleGroups(Caller caller)
    {
        if (SeesEverything)
        {
            return db.Groups;
        }
        var userId = caller.UserId;
        return db.Groups.Where(g => userId != null && g.Members.Any(m => m.UserId == userId));
    }

    /// <summary>Loads the group and checks that the caller is one of its members.</summary>
    public async Task<WorkflowGroup> RequireGroupMemberAsync(Caller caller, string groupId, CancellationToken cancellationToken)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw UnknownObjectException.Group(groupId);
        await RequireMembershipAsync(caller, group.Id, cancellationToken);
        return group;
    }

    /// <summary>Loads the run; group runs are visible to group members, post-processing runs to everyone.</summary>
    public async Task<Run> RequireRunAccessAsync(Caller caller, string runId, CancellationToken cancellationToken)
    {
        var run = await db.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw UnknownObjectException.Run(runId);
        if (run.GroupId is not null)
        {
            await RequireMembershipAsync(caller, run.GroupId, cancellationToken);
        }
        return run;
    }

    /// <summary>
    /// <see cref="RequireRunAccessAsync"/>'s rule for a run of <paramref name="groupId"/> (null: a post-processing
    /// run), decided for any number of callers from one read of the group's members: a run feed delivers one
    /// event to many subscribers.
    /// </summary>
    public async Task<Func<Caller, bool>> RunVisibilityAsync(string? groupId, CancellationToken cancellationToken)
    {
        if (groupId is null)
        {
            return _ => true;
        }
        if (SeesEverything)
        {
            return caller => caller.IsAuthenticated;
        }
        var members = await db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.UserId)
            .ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        return caller => caller.UserId is { } userId && members.Contains(userId);
    }

    /// <summary>Changing a run (cancel, delete) always needs group membership, post-processing runs included.</summary>
    public async Task<Run> RequireRunControlAsync(Caller caller, string runId, CancellationToken cancellationToken)
    {
        var run = await RequireRunAccessAsync(caller, runId, cancellationToken);
        if (run.GroupId is null)
        {
            RequireAdministrator(caller);
        }
        return run;
    }

    /// <summary>Members only (UNAUTHENTICATED, UNAUTHORIZED); everyone in open mode.</summary>
    public async Task RequireMembershipAsync(Caller caller, string groupId, CancellationToken cancellationToken)
    {
        var userId = RequireUser(caller);
        if (SeesEverything)
        {
            return;
        }
        var isMember = await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.UserId == userId, cancellationToken);
        if (!isMember)
        {
            throw new UnauthorizedException();
        }
    }
}
