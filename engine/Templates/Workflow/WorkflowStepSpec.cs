namespace Flowserv.Engine.Templates;

/// <summary>
/// A step as written in the template, before arguments are known. Exactly one of
/// <see cref="Action"/> and <see cref="ActorParameter"/> is set: the latter names the
/// <c>actor</c> parameter whose argument supplies the whole step (<c>action: $[[name]]</c>).
/// </summary>
public sealed record WorkflowStepSpec(
    string Name,
    IReadOnlyList<string> InputFiles,
    IReadOnlyList<string> OutputFiles,
    StepAction? Action,
    string? ActorParameter);
