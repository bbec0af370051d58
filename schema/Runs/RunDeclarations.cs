using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Runs;

/// <summary>
/// What a run's workflow template declares about its products: the outputs, which describe its retained files,
/// and the result columns, whose order its result values follow.
/// </summary>
public sealed class RunDeclarations(IReadOnlyList<OutputFileSpec> outputs, IEnumerable<string> resultColumns)
{
    private readonly Dictionary<string, int> columnPositions = resultColumns
        .Select((column, position) => (column, position))
        .ToDictionary(entry => entry.column, entry => entry.position, StringComparer.Ordinal);

    /// <summary>The declarations of the run's workflow (none if the workflow is gone).</summary>
    public static async Task<RunDeclarations> LoadAsync(IResolverContext context, Run run)
    {
        var workflow = await WorkflowLoaders.LoadAsync(context, run.WorkflowId);
        if (workflow is null)
        {
            return new RunDeclarations([], []);
        }

        var template = context.Services.GetRequiredService<WorkflowTemplates>().Get(workflow.Entity);
        return new RunDeclarations(template.Outputs, template.ResultSchema?.Columns.Select(column => column.Name) ?? []);
    }

    public RunFileObject Describe(RunFile file) => new(file, outputs.FirstOrDefault(output => output.Key == file.Key));

    /// <summary>The values in the result schema's column order; values of columns it no longer declares come last, by name.</summary>
    public IEnumerable<RunResultValue> InColumnOrder(IEnumerable<RunResultValue> values) => values
        .OrderBy(value => columnPositions.GetValueOrDefault(value.ColumnId, int.MaxValue))
        .ThenBy(value => value.ColumnId, StringComparer.Ordinal);
}
