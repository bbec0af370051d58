using System.Text.Json;

namespace Flowserv.Engine.Templates;

/// <summary>
/// A loaded and validated workflow template (C.1): the serial workflow, parameter declarations
/// and groups, output file specs, the optional result schema (benchmarks) and post-processing.
/// </summary>
public sealed class WorkflowTemplate
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    internal WorkflowTemplate(
        IReadOnlyDictionary<string, object?> document,
        SerialWorkflow workflow,
        ParameterIndex parameters,
        IReadOnlyList<ParameterGroup> parameterGroups,
        IReadOnlyList<OutputFileSpec> outputs,
        ResultSchema? resultSchema,
        PostProcessingSpec? postProcessing)
    {
        Document = document;
        Workflow = workflow;
        Parameters = parameters;
        ParameterGroups = parameterGroups;
        Outputs = outputs;
        ResultSchema = resultSchema;
        PostProcessing = postProcessing;
    }

    /// <summary>The whole template document with includes resolved; <see cref="ToJson"/> stores it.</summary>
    public IReadOnlyDictionary<string, object?> Document { get; }

    public SerialWorkflow Workflow { get; }

    public ParameterIndex Parameters { get; }

    public IReadOnlyList<ParameterGroup> ParameterGroups { get; }

    /// <summary>The template's <c>outputs</c> as written (may be empty).</summary>
    public IReadOnlyList<OutputFileSpec> Outputs { get; }

    /// <summary>Files kept after a successful run: <see cref="Outputs"/>, else the workflow's <c>files.outputs</c>.</summary>
    public IReadOnlyList<OutputFileSpec> RetainedOutputs => RetainedFiles.Of(Outputs, Workflow);

    /// <summary>Null unless the template is a benchmark (has <c>results</c>).</summary>
    public ResultSchema? ResultSchema { get; }

    public PostProcessingSpec? PostProcessing { get; }

    /// <summary>Casts a run's raw arguments; see <see cref="ArgumentCaster.CastArguments"/>.</summary>
    public IReadOnlyDictionary<string, object?> CastArguments(IReadOnlyDictionary<string, object?> arguments) =>
        ArgumentCaster.CastArguments(Parameters, arguments);

    /// <summary>The runnable steps for cast arguments; see <see cref="SerialWorkflow.GetSteps"/>.</summary>
    public IReadOnlyList<WorkflowStep> GetSteps(IReadOnlyDictionary<string, object?> arguments, IReadOnlyDictionary<string, string>? variables = null) =>
        Workflow.GetSteps(arguments, variables);

    /// <summary>The template as JSON; <see cref="TemplateLoader.FromJson"/> reads it back.</summary>
    public string ToJson() => JsonSerializer.Serialize(Document, JsonOptions);
}
