using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Events;

/// <summary>What an event needs to know of a run: where it belongs and the state it is in now.</summary>
internal sealed record RunHeader(string WorkflowId, string? GroupId, RunState State)
{
    // Compiled once, as most saves of an executing run ask it: saves EF Core's per-call look-up of the translated query.
    private static readonly Func<FlowservDbContext, List<string>, IAsyncEnumerable<StoredRun>> LoadStored =
        EF.CompileAsyncQuery((FlowservDbContext db, List<string> runIds) => db.Runs.AsNoTracking()
            .Where(r => runIds.Contains(r.Id))
            .Select(r => new StoredRun(r.Id, new RunHeader(r.WorkflowId, r.GroupId, r.State))));

    /// <summary>
    /// Runs this save inserts, deletes or changes the state of answer from the change tracker (their pending
    /// values); the others from the database, because a tracked copy may be stale: a bulk update earlier in
    /// this transaction may have set the state. Unknown runs are left out.
    /// </summary>
    public static async Task<Dictionary<string, RunHeader>> LoadAsync(FlowservDbContext db, IEnumerable<string> runIds, CancellationToken cancellationToken)
    {
        var wanted = runIds.ToHashSet(StringComparer.Ordinal);
        var headers = db.ChangeTracker.Entries<Run>()
            .Where(e => wanted.Contains(e.Entity.Id) && (e.State is EntityState.Added or EntityState.Deleted || e.Property(nameof(Run.State)).IsModified))
            .ToDictionary(e => e.Entity.Id, e => new RunHeader(e.Entity.WorkflowId, e.Entity.GroupId, e.Entity.State), StringComparer.Ordinal);
        var missing = wanted.Where(id => !headers.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            await foreach (var stored in LoadStored(db, missing).WithCancellation(cancellationToken))
            {
                headers[stored.Id] = stored.Header;
            }
        }
        return headers;
    }

    private sealed record StoredRun(string Id, RunHeader Header);
}
