using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Changes to an executing run that ride on its next transition instead of committing on their own: a step's
/// successful end is stored with the next step's start or with the run's end. Each still has its own save, and
/// so its own events in the same order; the run just takes fewer transactions.
/// </summary>
internal sealed class DeferredRunChanges
{
    private readonly List<Action<FlowservDbContext, Run>> changes = [];

    public void Add(Action<FlowservDbContext, Run> change) => changes.Add(change);

    /// <summary>Stores the deferred changes, if any, while the run is in one of the <paramref name="expected"/> states.</summary>
    public Task FlushAsync(IDbContextFactory<FlowservDbContext> contexts, string runId, IReadOnlyCollection<RunState> expected) =>
        changes.Count == 0 ? Task.CompletedTask : ApplyWithAsync(contexts, runId, expected, [], CancellationToken.None);

    /// <summary>Applies the deferred changes and then <paramref name="next"/>, in one transaction (see <see cref="RunTransition"/>).</summary>
    public async Task<bool> ApplyWithAsync(
        IDbContextFactory<FlowservDbContext> contexts,
        string runId,
        IReadOnlyCollection<RunState> expected,
        IEnumerable<Action<FlowservDbContext, Run>> next,
        CancellationToken cancellationToken)
    {
        var applied = await RunTransition.TryApplyAsync(contexts, runId, expected, [.. changes, .. next], cancellationToken);
        // Not applied means the run left the expected state, and then the deferred changes no longer apply either.
        changes.Clear();
        return applied;
    }
}
