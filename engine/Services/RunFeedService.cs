using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Execution.Events;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>
/// What live feeds of runs need besides the <see cref="IRunEventBus"/>: who may follow which event stream
/// (checked when the feed starts), where a stream stands now, and, for each event, the run it is about with who
/// may see it (decided per event, because the visibility of a workflow's runs depends on the run).
/// </summary>
public sealed class RunFeedService(FlowservDbContext db, AccessPolicy access)
{
    /// <summary>The latest event of the run's stream, which holds its current state; the caller must see the run.</summary>
    public async Task<RunEvent> FollowRunAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        // Inserting a run records its CREATED event in the same transaction, so every run has one.
        return await db.RunEvents.AsNoTracking()
            .Where(e => e.StreamId == RunEventStreams.Run(runId))
            .OrderByDescending(e => e.Sequence)
            .FirstAsync(cancellationToken);
    }

    /// <summary>The latest sequence number of the group's stream (0 when empty); members only.</summary>
    public async Task<long> FollowGroupAsync(Caller caller, string groupId, CancellationToken cancellationToken = default)
    {
        await access.RequireGroupMemberAsync(caller, groupId, cancellationToken);
        return await LatestSequenceAsync(RunEventStreams.Group(groupId), cancellationToken);
    }

    /// <summary>
    /// The latest sequence number of the workflow's stream (0 when empty). Anyone may follow it; which of its
    /// events the caller sees is decided per event by <see cref="GetEventRunAsync"/>.
    /// </summary>
    public async Task<long> FollowWorkflowAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        if (!await db.Workflows.AnyAsync(w => w.Id == workflowId, cancellationToken))
        {
            throw UnknownObjectException.Workflow(workflowId);
        }
        return await LatestSequenceAsync(RunEventStreams.Workflow(workflowId), cancellationToken);
    }

    /// <summary>
    /// The run <paramref name="runEvent"/> is about, with the state the event announced (the other fields as
    /// stored now), and who may see it (group runs: members only; post-processing runs: everyone). It is the same
    /// for every caller, so <see cref="RunEventRuns"/> shares it among an event's subscribers. A deleted run is
    /// rebuilt from what its events remember (see <see cref="RemovedRunAsync"/>); null when nothing is.
    /// </summary>
    public async Task<EventRun?> LoadEventRunAsync(RunEvent runEvent, CancellationToken cancellationToken = default)
    {
        // A run deleted since this event is announced as the deleted run. Only the run's row: feeds read its
        // details (files, steps, ...) per caller through the run services' visibility rules.
        var run = (runEvent.Kind == RunEventKind.Deleted
                ? null
                : await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runEvent.RunId, cancellationToken))
            ?? await RemovedRunAsync(runEvent.RunId, cancellationToken);
        if (run is null)
        {
            return null;
        }
        run.State = runEvent.State;
        return new EventRun(run, await access.RunVisibilityAsync(run.GroupId, cancellationToken));
    }

    /// <summary>
    /// The sequence number of the run's last stored log line (0 when none; also when the run, and with it
    /// its log, was deleted). The caller must see the run.
    /// </summary>
    public async Task<long> GetLastLogSequenceAsync(Caller caller, string runId, CancellationToken cancellationToken = default)
    {
        try
        {
            await access.RequireRunAccessAsync(caller, runId, cancellationToken);
        }
        catch (UnknownObjectException)
        {
            return 0;
        }
        return await db.RunLogLines.Where(l => l.RunId == runId).MaxAsync(l => (long?)l.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>
    /// A deleted run as its events remember it: id, workflow, group, creation, start and end times (no
    /// arguments, files, messages, results or steps). Null when nothing is remembered or its group is gone too
    /// (no one is its member any more). Reads the run's events by run id, which has no index: only deletions
    /// come here.
    /// </summary>
    private async Task<Run?> RemovedRunAsync(string runId, CancellationToken cancellationToken)
    {
        var events = await db.RunEvents.AsNoTracking().Where(e => e.RunId == runId).ToListAsync(cancellationToken);
        var own = events.Where(e => e.StreamId == RunEventStreams.Run(runId)).OrderBy(e => e.Sequence).ToList();
        var workflowId = StreamKey(events, RunEventStreams.Workflow(string.Empty));
        if (own.Count == 0 || workflowId is null)
        {
            return null;
        }
        var groupId = StreamKey(events, RunEventStreams.Group(string.Empty));
        if (groupId is not null && !await db.Groups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            return null;
        }
        return new Run
        {
            Id = runId,
            WorkflowId = workflowId,
            GroupId = groupId,
            State = own[^1].State,
            CreatedAt = own[0].Timestamp,
            StartedAt = own.FirstOrDefault(e => e.State != RunState.Pending)?.Timestamp,
            EndedAt = own.FirstOrDefault(e => !e.State.IsActive())?.Timestamp,
            ArgumentsJson = "[]",
            WorkflowDigest = string.Empty,
        };
    }

    private static string? StreamKey(IEnumerable<RunEvent> events, string prefix) =>
        events.Select(e => e.StreamId).FirstOrDefault(stream => stream.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];

    private async Task<long> LatestSequenceAsync(string streamId, CancellationToken cancellationToken) =>
        await db.RunEvents.Where(e => e.StreamId == streamId).MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
}
