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
        if (await LoadPendingAsync(runId, cancellationToken) is not (var run, var workflow, var lastLogSequence))
        {
            return;
        }
        RunFolder? folder = null;
        var processFile = StepProcessFile.Of(store, runId);
        var deferred = new DeferredRunChanges();
        var canceled = false;
        try
        {
            var plan = run.GroupId is null ? PlanPostprocessing(run, workflow) : PlanGroupRun(run, workflow);
            var steps = plan.ResolveSteps(options.Workers);
            var startsWithRun = StartsWithRun(steps);
            if (!await StartAsync(runId, steps, startsWithRun, cancellationToken))
            {
                return;
            }
            folder = RunFolder.Create(store.RunWorkDirectory(runId), store.StaticDirectory(workflow.Id));
            foreach (var input in plan.Inputs.Concat(steps.SelectMany(planned => planned.Step?.ActorFiles ?? []).Select(file => UploadInput(run, file))))
            {
                folder.CopyIn(input.Source, input.Target);
            }
            await RunStepsAsync(runId, steps, startsWithRun, folder, processFile, lastLogSequence, deferred, cancellationToken);
            await SucceedAsync(run, plan, folder, deferred);
        }
        catch (RunFailedException failure)
        {
            await FailAsync(runId, failure.Messages, deferred);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Whoever canceled stores the final state (CANCELED with its reason, or RUNNING for recovery at shutdown),
            // once this execution has stopped; the steps that ended before are stored first.
            canceled = true;
            await deferred.FlushAsync(contexts, runId, Running);
        }
        catch (Exception error)
        {
            // Anything unforeseen (a bad template, a full disk, a lost database) still ends the run: nothing is left RUNNING.
            await FailAsync(runId, [error.Message], deferred);
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

    /// <summary>
    /// Null when the run is gone or no longer PENDING (canceled, or already executed elsewhere). The last log
    /// line is that of an earlier attempt (see <see cref="Scheduling.RunRecovery"/>); this one continues its numbering.
    /// </summary>
    private async Task<PendingRun?> LoadPendingAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadPending(db, runId, cancellationToken);
    }

    // Compiled once, as every run asks it: saves EF Core's per-call look-up of the translated query.
    private static readonly Func<FlowservDbContext, string, CancellationToken, Task<PendingRun?>> LoadPending =
        EF.CompileAsyncQuery((FlowservDbContext db, string runId, CancellationToken _) => db.Runs.AsNoTracking()
            .Where(r => r.Id == runId && r.State == RunState.Pending)
            .Join(db.Workflows.AsNoTracking(), r => r.WorkflowId, w => w.Id, (r, w) => new PendingRun(
                r,
                w,
                db.RunLogLines.Where(l => l.RunId == r.Id).Max(l => (long?)l.Sequence) ?? 0))
            .SingleOrDefault());

    private sealed record PendingRun(Run Run, Workflow Workflow, long LastLogSequence);

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

    // The first step to run starts in the run's own transition (still with an event of its own), unless it
    // cannot run here and fails the run unstarted.
    private static PlannedStep? StartsWithRun(IReadOnlyList<PlannedStep> steps) =>
        steps.FirstOrDefault(planned => planned.Step is not null) is { } first && StepRunner.CanRun(first.Step!) ? first : null;

    private Task<bool> StartAsync(string runId, IReadOnlyList<PlannedStep> steps, PlannedStep? startsWithRun, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Action<FlowservDbContext, Run> start = (db, run) =>
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
        };
        return RunTransition.TryApplyAsync(
            contexts,
            runId,
            Pending,
            startsWithRun is null ? [start] : [start, StepRunner.Start(startsWithRun.Step!, startsWithRun.Position, now)],
            cancellationToken);
    }

    // Each step's start carries the previous step's end (see DeferredRunChanges).
    private async Task RunStepsAsync(
        string runId,
        IReadOnlyList<PlannedStep> steps,
        PlannedStep? startedWithRun,
        RunFolder folder,
        StepProcessFile processFile,
        long lastLogSequence,
        DeferredRunChanges deferred,
        CancellationToken cancellationToken)
    {
        var stepRunner = new StepRunner(contexts, processes, options, clock);
        foreach (var planned in steps.Where(planned => planned.Step is not null))
        {
            if (planned != startedWithRun)
            {
                var start = StepRunner.Start(planned.Step!, planned.Position, clock.GetUtcNow().UtcDateTime);
                await deferred.ApplyWithAsync(contexts, runId, Running, [start], cancellationToken);
            }
            lastLogSequence = await stepRunner.RunAsync(
                runId, planned.Position, planned.Step!, folder, processFile, lastLogSequence, deferred, cancellationToken);
        }
    }

    // From here on the run has finished its work: nothing is abandoned half-stored because of a late cancel.
    private async Task SucceedAsync(Run run, RunPlan plan, RunFolder folder, DeferredRunChanges deferred)
    {
        var outputDirectory = store.RunOutputDirectory(run.WorkflowId, run.Id);
        var stored = false;
        try
        {
            var files = OutputRetention.Retain(plan.RetainedOutputs, folder, outputDirectory, run.Id);
            var results = plan.ResultSchema is { } schema && run.GroupId is not null ? ReadResults(schema, folder) : null;
            var now = clock.GetUtcNow().UtcDateTime;
            stored = await deferred.ApplyWithAsync(contexts, run.Id, Running, [(db, current) =>
            {
                current.State = RunState.Success;
                current.EndedAt = now;
                db.RunFiles.AddRange(files);
                if (results is not null)
                {
                    db.RunResults.AddRange(RunResults.ToRows(current, plan.ResultSchema!, results));
                    current.HasResult = true;
                }
            }], CancellationToken.None);
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

    private Task FailAsync(string runId, IReadOnlyList<string> messages, DeferredRunChanges deferred) =>
        deferred.ApplyWithAsync(contexts, runId, Active, [RunTransition.Failure(messages, clock.GetUtcNow().UtcDateTime)], CancellationToken.None);
}
