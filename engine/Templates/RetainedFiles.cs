namespace Flowserv.Engine.Templates;

/// <summary>Which run files are kept after success: the declared outputs, else the workflow's <c>files.outputs</c>.</summary>
internal static class RetainedFiles
{
    public static IReadOnlyList<OutputFileSpec> Of(IReadOnlyList<OutputFileSpec> outputs, SerialWorkflow workflow) =>
        outputs.Count > 0 ? outputs : [.. workflow.OutputFiles.Select(file => new OutputFileSpec(file, file))];
}
