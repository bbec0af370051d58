using Flowserv.Engine.Execution.Workers;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution;

/// <summary>
/// What one run executes, whether a group's run or a post-processing run: the serial workflow and its
/// arguments, the files staged into the run folder besides the static files, the outputs retained on
/// success, and the result schema when results are parsed.
/// </summary>
internal sealed record RunPlan(
    SerialWorkflow Workflow,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<StagedInput> Inputs,
    IReadOnlyList<OutputFileSpec> RetainedOutputs,
    ResultSchema? ResultSchema)
{
    /// <summary>
    /// Every step of the template in order, each runnable one with its commands substituted with the variables
    /// of the worker it runs on; an optional actor step without argument has no runnable step and is skipped.
    /// </summary>
    public IReadOnlyList<PlannedStep> ResolveSteps(WorkerConfiguration workers)
    {
        var byName = Workflow.Steps
            .GroupBy(spec => workers.For(spec.Name))
            .SelectMany(group => Workflow.GetSteps(Arguments, group.Key.Variables).Where(step => group.Any(spec => spec.Name == step.Name)))
            .ToDictionary(step => step.Name, StringComparer.Ordinal);
        return [.. Workflow.Steps.Select((spec, position) => new PlannedStep(position, spec.Name, byName.GetValueOrDefault(spec.Name)))];
    }
}
