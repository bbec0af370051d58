using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Execution.Postprocessing;

/// <summary>
/// Starts a workflow's post-processing run when the set of best-per-group runs has changed since the last one
/// (flowServ D.5: a pure reordering does not count). The check, the new ranking, the run and its job are one
/// transaction, so two runs finishing together start one post-processing run, not two.
/// </summary>
public sealed class PostprocessingTrigger(IServiceScopeFactory scopes, WorkflowTemplates templates, FileStore store, TimeProvider clock)
{
    /// <summary>The id of the post-processing run started, or null when none was needed.</summary>
    public async Task<string?> TriggerAsync(string workflowId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowservDbContext>();
        // Most workflows have no post-processing: they need not wait for the write lock the transaction takes.
        if (!HasPostprocessing(await db.Workflows.AsNoTracking().SingleAsync(w => w.Id == workflowId, cancellationToken)))
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM workflow_template WHERE id = {workflowId} FOR UPDATE", cancellationToken);
        }
        var workflow = await db.Workflows.SingleAsync(w => w.Id == workflowId, cancellationToken);
        if (!HasPostprocessing(workflow))
        {
            return null;
        }
        var spec = templates.Get(workflow).PostProcessing!;
        var leaderboard = await scope.ServiceProvider.GetRequiredService<LeaderboardService>().GetAsync(workflow, cancellationToken: cancellationToken);
        var ranking = leaderboard?.Entries ?? [];
        var keys = ranking.Select(entry => entry.RunId).Order(StringComparer.Ordinal).ToList();
        var previous = await db.PostprocRanking.Where(p => p.WorkflowId == workflowId).OrderBy(p => p.Rank).Select(p => p.RunId).ToListAsync(cancellationToken);
        if (keys.SequenceEqual(previous, StringComparer.Ordinal))
        {
            return null;
        }
        var run = NewRun(workflow, spec.RunsFolder);
        var staging = PostprocessingInputs.StagingDirectory(store, run.Id);
        try
        {
            await PostprocessingInputs.StageAsync(db, store, spec, workflow.Id, ranking, staging, cancellationToken);
        }
        catch (Exception error) when (error is RunFailedException or IOException)
        {
            FileStore.DeleteDirectory(staging);
            // As in flowServ the run still exists, so the failure is visible where its results would be.
            run.State = RunState.Error;
            run.StartedAt = run.EndedAt = run.CreatedAt;
            run.Messages.Add(new RunMessage { RunId = run.Id, Position = 0, Text = error.Message });
        }
        await db.PostprocRanking.Where(p => p.WorkflowId == workflowId).ExecuteDeleteAsync(cancellationToken);
        db.PostprocRanking.AddRange(keys.Select((id, rank) => new PostprocRankingEntry { WorkflowId = workflowId, RunId = id, Rank = rank }));
        workflow.PostprocRunId = run.Id;
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        if (run.State == RunState.Pending)
        {
            await scope.ServiceProvider.GetRequiredService<IRunScheduler>().ScheduleAsync(run.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return run.Id;
    }

    private bool HasPostprocessing(Workflow workflow) => templates.Get(workflow).PostProcessing is not null && !workflow.IgnorePostproc;

    private Run NewRun(Workflow workflow, string runsFolder) => new()
    {
        Id = Identifiers.NewId(),
        WorkflowId = workflow.Id,
        GroupId = null,
        State = RunState.Pending,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
        ArgumentsJson = RunArgumentsJson.Serialize([new RunArgument(PostProcessingSpec.RunsParameter, runsFolder)]),
        WorkflowDigest = workflow.Digest,
    };
}
