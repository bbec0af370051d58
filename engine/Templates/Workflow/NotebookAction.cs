namespace Flowserv.Engine.Templates;

/// <summary>A Jupyter notebook step run with papermill (<c>notebook</c>, <c>output</c>, <c>params</c>, <c>requirements</c>).</summary>
public sealed record NotebookAction(
    string Notebook,
    string Output,
    IReadOnlyList<string> Params,
    IReadOnlyList<string> Requirements,
    IReadOnlyDictionary<string, string> Variables) : StepAction;
