using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The run events a pending save implies, read from the change tracker so that no service can change a run
/// without its event: an inserted run is CREATED, a changed state or new messages (only ever written with a
/// CANCELED or ERROR transition, even when the state itself was set by a bulk update) is STATE_CHANGED, a
/// new or changed step is STEP_CHANGED, a removed run is DELETED. At most one event of each kind per run.
/// </summary>
internal static class RunChanges
{
    private static readonly RunEventKind[] Order = [RunEventKind.Created, RunEventKind.StateChanged, RunEventKind.StepChanged, RunEventKind.Deleted];

    public static IReadOnlyList<(string RunId, RunEventKind Kind)> Collect(ChangeTracker tracker)
    {
        var kinds = new Dictionary<string, HashSet<RunEventKind>>(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (Classify(entry) is { } change)
            {
                kinds.TryAdd(change.RunId, []);
                kinds[change.RunId].Add(change.Kind);
            }
        }
        return [.. kinds.SelectMany(run => Normalize(run.Value).Select(kind => (run.Key, kind)))];
    }

    private static (string RunId, RunEventKind Kind)? Classify(EntityEntry entry) => (entry.Entity, entry.State) switch
    {
        (Run run, EntityState.Added) => (run.Id, RunEventKind.Created),
        (Run run, EntityState.Deleted) => (run.Id, RunEventKind.Deleted),
        (Run run, EntityState.Modified) when StateChanged(entry) => (run.Id, RunEventKind.StateChanged),
        (RunStep step, EntityState.Added or EntityState.Modified) => (step.RunId, RunEventKind.StepChanged),
        (RunMessage message, EntityState.Added) => (message.RunId, RunEventKind.StateChanged),
        _ => null,
    };

    private static bool StateChanged(EntityEntry entry)
    {
        var state = entry.Property(nameof(Run.State));
        return state.IsModified && !Equals(state.OriginalValue, state.CurrentValue);
    }

    // A created run's first event already carries its state, and nothing follows a deletion.
    private static IEnumerable<RunEventKind> Normalize(HashSet<RunEventKind> kinds)
    {
        if (kinds.Contains(RunEventKind.Deleted))
        {
            return [RunEventKind.Deleted];
        }
        if (kinds.Contains(RunEventKind.Created))
        {
            kinds.Remove(RunEventKind.StateChanged);
        }
        return Order.Where(kinds.Contains);
    }
}
