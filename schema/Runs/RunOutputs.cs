using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Runs;

/// <summary>The output declarations of a run's workflow template, to describe its retained files.</summary>
public sealed class RunOutputs(IReadOnlyList<OutputFileSpec> outputs)
{
    /// <summary>The outputs of the run's workflow (none if the workflow is gone).</summary>
    public static async Task<RunOutputs> LoadAsync(IResolverContext context, Run run)
    {
        var workflow = await WorkflowLoaders.LoadAsync(context, run.WorkflowId);
        var templates = context.Services.GetRequiredService<WorkflowTemplates>();
        return new RunOutputs(workflow is null ? [] : templates.Get(workflow.Entity).Outputs);
    }

    public RunFileObject Describe(RunFile file) => new(file, outputs.FirstOrDefault(output => output.Key == file.Key));
}
