using Flowserv.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution.Events;

/// <summary>What an event needs to know of a run: where it belongs and the state it is in now.</summary>
internal sealed record RunHeader(string WorkflowId, string? GroupId, RunState State)
{
    /// <summary>
    /// Runs this save inserts, deletes or changes the state of answer from the change tracker (their pending
    /// values); the others from the database, because a tracked copy may be stale: a bulk update earlier in
    /// this transaction may have set the state. Unknown runs are left out.
    /// </summary>
    public static async Task<Dictionary<string, RunHeader>> LoadAsync(FlowservDbContext db, IEnumerable<string> runIds, CancellationToken cancellationToken)
    {
        var wanted = runIds.ToHashSet(StringComparer.Ordinal);
        var headers = db.ChangeTracker.Entries<Run>()
            .Where(e => wanted.Contains(e.Entity.Id) && (e.State is EntityState.Added or EntityState.Deleted || e.Property(r => r.State).IsModified))
            .ToDictionary(e => e.Entity.Id, e => new RunHeader(e.Entity.WorkflowId, e.Entity.GroupId, e.Entity.State), StringComparer.Ordinal);
        var missing = wanted.Where(id => !headers.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var stored = await db.Runs.AsNoTracking()
                .Where(r => missing.Contains(r.Id))
                .Select(r => new { r.Id, r.WorkflowId, r.GroupId, r.State })
                .ToListAsync(cancellationToken);
            foreach (var run in stored)
            {
                headers[run.Id] = new RunHeader(run.WorkflowId, run.GroupId, run.State);
            }
        }
        return headers;
    }
}
