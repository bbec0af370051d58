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
    /// The steps in template order, each with its commands substituted with the variables of the worker it
    /// runs on, and the names of optional actor steps that have no argument and are skipped.
    /// </summary>
    public (IReadOnlyList<WorkflowStep> Steps, IReadOnlyList<string> Skipped) ResolveSteps(WorkerConfiguration workers)
    {
        var byName = Workflow.Steps
            .GroupBy(spec => workers.For(spec.Name))
            .SelectMany(group => Workflow.GetSteps(Arguments, group.Key.Variables).Where(step => group.Any(spec => spec.Name == step.Name)))
            .ToDictionary(step => step.Name, StringComparer.Ordinal);
        return (
            [.. Workflow.Steps.Where(spec => byName.ContainsKey(spec.Name)).Select(spec => byName[spec.Name])],
            [.. Workflow.Steps.Where(spec => !byName.ContainsKey(spec.Name)).Select(spec => spec.Name)]);
    }
}
