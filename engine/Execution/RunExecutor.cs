using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Postprocessing;
using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// Executes one run with flowServ's serial engine semantics (D.2-D.4): PENDING → RUNNING, a fresh run folder
/// with the static files and the inputs, each step's commands in order on the step's worker with every
/// output line logged as it comes, then SUCCESS with retained outputs and parsed results, or ERROR with the
/// failing step's output. A cancel stops the process tree and leaves the final state to the canceller.
/// </summary>
public sealed class RunExecutor(
    IDbContextFactory<FlowservDbContext> contexts,
    WorkflowTemplates templates,
    FileStore store,
    ProcessRunner processes,
    RunningRuns running,
    PostprocessingTrigger postprocessing,
    RunExecutionOptions options,
    TimeProvider clock)
{
    private static readonly RunState[] Pending = [RunState.Pending];
    private static readonly RunState[] Running = [RunState.Running];
    private static readonly RunState[] Active = [RunState.Pending, RunState.Running];

    /// <summary>Runs <paramref name="runId"/> if it is PENDING; returns when it has ended or was canceled.</summary>
    public Task ExecuteAsync(string runId, CancellationToken cancellationToken) =>
        running.RunAsync(runId, token => ExecutePendingAsync(runId, token), cancellationToken);

    private async Task ExecutePendingAsync(string runId, CancellationToken cancellationToken)
    {
        if (await LoadPendingAsync(runId, cancellationToken) is not var (run, workflow))
        {
            return;
        }
        RunFolder? folder = null;
        var processFile = StepProcessFile.Of(store, runId);
        var canceled = false;
        try
        {
            var plan = run.GroupId is null ? PlanPostprocessing(run, workflow) : PlanGroupRun(run, workflow);
            var steps = plan.ResolveSteps(options.Workers);
            if (!await StartAsync(runId, steps, cancellationToken))
            {
                return;
            }
            folder = RunFolder.Create(store.RunWorkDirectory(runId), store.StaticDirectory(workflow.Id));
            foreach (var input in plan.Inputs.Concat(steps.SelectMany(planned => planned.Step?.ActorFiles ?? []).Select(file => UploadInput(run, file))))
            {
                folder.CopyIn(input.Source, input.Target);
            }
            await RunStepsAsync(runId, steps, folder, processFile, cancellationToken);
            await SucceedAsync(run, plan, folder);
        }
        catch (RunFailedException failure)
        {
            await FailAsync(runId, failure.Messages);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Whoever canceled stores the final state (CANCELED with its reason, or RUNNING for recovery at shutdown).
            canceled = true;
        }
        catch (Exception error)
        {
            // Anything unforeseen (a bad template, a full disk, a lost database) still ends the run: nothing is left RUNNING.
            await FailAsync(runId, [error.Message]);
        }
        finally
        {
            folder?.Delete();
            processFile.Delete();
            // A post-processing run stopped by a shutdown is restarted by recovery and needs its staged ranking again.
            if (run.GroupId is null && !canceled)
            {
                FileStore.DeleteDirectory(PostprocessingInputs.StagingDirectory(store, runId));
            }
        }
    }

    /// <summary>Null when the run is gone or no longer PENDING (canceled, or already executed elsewhere).</summary>
    private async Task<(Run Run, Workflow Workflow)?> LoadPendingAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.State == RunState.Pending, cancellationToken);
        return run is null ? null : (run, await db.Workflows.AsNoTracking().SingleAsync(w => w.Id == run.WorkflowId, cancellationToken));
    }

    private RunPlan PlanGroupRun(Run run, Workflow workflow)
    {
        var template = templates.Get(workflow);
        var raw = RunArgumentsJson.Deserialize(run.ArgumentsJson).ToDictionary(a => a.Key, a => (object?)a.Value, StringComparer.Ordinal);
        var arguments = template.CastArguments(raw);
        // Actor files are staged with their step, which may be skipped.
        var inputs = arguments.Values
            .SelectMany(value => UploadReferences.In(value, includeActorFiles: false))
            .Select(file => UploadInput(run, file))
            .ToList();
        return new RunPlan(template.Workflow, arguments, inputs, template.RetainedOutputs, template.ResultSchema);
    }

    // Post-processing sees the ranking staged when the run was created, under its runs folder, and no user arguments.
    private RunPlan PlanPostprocessing(Run run, Workflow workflow)
    {
        var spec = templates.Get(workflow).PostProcessing
            ?? throw new RunFailedException("the workflow no longer has a post-processing workflow");
        var staged = new StagedInput(PostprocessingInputs.StagingDirectory(store, run.Id), spec.RunsFolder);
        return new RunPlan(spec.Workflow, spec.Arguments, [staged], spec.RetainedOutputs, ResultSchema: null);
    }

    private StagedInput UploadInput(Run run, InputFile file) =>
        new(store.UploadPath(run.WorkflowId, run.GroupId!, file.FileId), file.TargetPath);

    private Task<bool> StartAsync(string runId, IReadOnlyList<PlannedStep> steps, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return RunTransition.TryApplyAsync(contexts, runId, Pending, (db, run) =>
        {
            run.State = RunState.Running;
            run.StartedAt = now;
            db.RunSteps.AddRange(steps.Select(step => new RunStep
            {
                RunId = runId,
                Position = step.Position,
                Name = step.Name,
                State = step.Step is null ? StepState.Skipped : StepState.Pending,
            }));
        }, cancellationToken);
    }

    private async Task RunStepsAsync(
        string runId, IReadOnlyList<PlannedStep> steps, RunFolder folder, StepProcessFile processFile, CancellationToken cancellationToken)
    {
        var stepRunner = new StepRunner(contexts, processes, options, clock);
        var lastLogSequence = await LastLogSequenceAsync(runId, cancellationToken);
        foreach (var planned in steps.Where(planned => planned.Step is not null))
        {
            lastLogSequence = await stepRunner.RunAsync(runId, planned.Position, planned.Step!, folder, processFile, lastLogSequence, cancellationToken);
        }
    }

    private async Task<long> LastLogSequenceAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RunLogLines.Where(l => l.RunId == runId).MaxAsync(l => (long?)l.Sequence, cancellationToken) ?? 0;
    }

    // From here on the run has finished its work: nothing is abandoned half-stored because of a late cancel.
    private async Task SucceedAsync(Run run, RunPlan plan, RunFolder folder)
    {
        var outputDirectory = store.RunOutputDirectory(run.WorkflowId, run.Id);
        var stored = false;
        try
        {
            var files = OutputRetention.Retain(plan.RetainedOutputs, folder, outputDirectory, run.Id);
            var results = plan.ResultSchema is { } schema && run.GroupId is not null ? ReadResults(schema, folder) : null;
            var now = clock.GetUtcNow().UtcDateTime;
            stored = await RunTransition.TryApplyAsync(contexts, run.Id, Running, (db, current) =>
            {
                current.State = RunState.Success;
                current.EndedAt = now;
                db.RunFiles.AddRange(files);
                if (results is not null)
                {
                    db.RunResults.AddRange(RunResults.ToRows(current, plan.ResultSchema!, results));
                    current.HasResult = true;
                }
            }, CancellationToken.None);
        }
        finally
        {
            if (!stored)
            {
                FileStore.DeleteDirectory(outputDirectory);
            }
        }
        if (stored && run.GroupId is not null)
        {
            await postprocessing.TriggerAsync(run.WorkflowId, CancellationToken.None);
        }
    }

    private static IReadOnlyDictionary<string, object?> ReadResults(ResultSchema schema, RunFolder folder)
    {
        try
        {
            return schema.ReadResults(folder.Resolve(schema.File));
        }
        catch (ResultFileException error)
        {
            throw new RunFailedException($"invalid result file '{schema.File}': {error.Message}");
        }
    }

    private Task FailAsync(string runId, IReadOnlyList<string> messages) =>
        RunTransition.FailAsync(contexts, runId, Active, messages, clock.GetUtcNow().UtcDateTime);
}
