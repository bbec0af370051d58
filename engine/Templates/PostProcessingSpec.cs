using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Templates;

/// <summary>
/// The <c>postproc</c> element (C.6): a serial workflow run over the current ranking, with one
/// parameter, <c>runs</c>: the folder (in the run folder) holding <c>runs.json</c> and
/// <c>{runId}/{file}</c> for each ranked run's <see cref="InputFiles"/>. <c>$[[runs]]</c>
/// expands to that folder (the docs' <c>$[[runResultsFile]]</c> is accepted as a synonym).
/// Unlike flowServ, which always staged in <c>runs/</c>, the folder is <c>inputs.runs</c>.
/// </summary>
public sealed class PostProcessingSpec
{
    public const string RunsParameter = "runs";
    public const string DocumentedRunsParameter = "runResultsFile";
    public const string RunsIndexFile = "runs.json";
    public const string DefaultRunsFolder = "runs";

    private PostProcessingSpec(SerialWorkflow workflow, IReadOnlyList<string> inputFiles, string runsFolder, IReadOnlyList<OutputFileSpec> outputs)
    {
        Workflow = workflow;
        InputFiles = inputFiles;
        RunsFolder = runsFolder;
        Outputs = outputs;
    }

    /// <summary>The parameters a post-processing workflow may reference.</summary>
    public static ParameterIndex Parameters { get; } = new(
        [RunsParameterDeclaration(RunsParameter, 0), RunsParameterDeclaration(DocumentedRunsParameter, 1)]);

    public SerialWorkflow Workflow { get; }

    /// <summary>Retained files (by key) of each ranked run that are staged for post-processing.</summary>
    public IReadOnlyList<string> InputFiles { get; }

    /// <summary>Relative folder, in the post-processing run folder, where the ranked runs are staged.</summary>
    public string RunsFolder { get; }

    /// <summary>Path of the ranking index file: <c>[{id, name, files}]</c> in rank order.</summary>
    public string RunsIndexPath => $"{RunsFolder}/{RunsIndexFile}";

    /// <summary>Retained outputs; empty means the workflow's <c>files.outputs</c>.</summary>
    public IReadOnlyList<OutputFileSpec> Outputs { get; }

    public IReadOnlyList<OutputFileSpec> RetainedOutputs => RetainedFiles.Of(Outputs, Workflow);

    /// <summary>The arguments of every post-processing run.</summary>
    public IReadOnlyDictionary<string, object?> Arguments => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [RunsParameter] = RunsFolder,
        [DocumentedRunsParameter] = RunsFolder,
    };

    /// <summary>The runnable steps; post-processing has no access to user arguments.</summary>
    public IReadOnlyList<WorkflowStep> GetSteps(IReadOnlyDictionary<string, string>? variables = null) => Workflow.GetSteps(Arguments, variables);

    internal static PostProcessingSpec Parse(object? element)
    {
        var doc = DocumentMap.From(element, "postproc");
        doc.RejectUnknown("workflow", "inputs", "outputs");
        if (!doc.Has("workflow"))
        {
            throw doc.Error("missing element 'workflow' in postproc");
        }
        TemplateReferences.Validate(doc.Get("workflow"), Parameters, "postproc");
        var workflow = SerialWorkflow.Parse(doc.Get("workflow"), Parameters);
        var inputs = doc.Has("inputs") ? doc.Nested(doc.Get("inputs"), "postproc inputs") : null;
        inputs?.RejectUnknown("files", "runs");
        if (inputs is not null && !inputs.Has("files"))
        {
            throw inputs.Error("missing element 'files' in postproc inputs");
        }
        var outputs = doc.GetList("outputs").Select((output, position) => OutputFileSpec.Parse(output, $"postproc output #{position + 1}")).ToList();
        return new PostProcessingSpec(workflow, inputs?.GetStringList("files") ?? [], RunsFolderOf(inputs?.GetString("runs")), outputs);
    }

    private static string RunsFolderOf(string? folder)
    {
        try
        {
            return folder is null ? DefaultRunsFolder : SafePath.NormalizeRelative(folder);
        }
        catch (ConstraintViolationException)
        {
            throw new TemplateException($"invalid runs folder '{folder}' in postproc inputs");
        }
    }

    // flowServ declares 'runs' as a file; its value is the staging folder's name, so it is a string here.
    private static ParameterDeclaration RunsParameterDeclaration(string name, int index) => new()
    {
        Name = name,
        Type = ParameterType.String,
        Index = index,
        IsRequired = true,
    };
}
