namespace Flowserv.Engine.Templates;

/// <summary>
/// A step ready to run: references expanded and, for container steps, every command's
/// <c>${...}</c> placeholders substituted. <see cref="ActorFiles"/> are the uploaded files an
/// actor argument brought along; the runner copies them into the run folder first.
/// </summary>
public sealed record WorkflowStep(
    string Name,
    StepAction Action,
    IReadOnlyList<string> InputFiles,
    IReadOnlyList<string> OutputFiles,
    IReadOnlyList<InputFile> ActorFiles);
