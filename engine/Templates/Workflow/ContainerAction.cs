namespace Flowserv.Engine.Templates;

/// <summary>
/// Shell commands run in an environment (<c>environment</c>, also the Docker image). In an
/// expanded <see cref="WorkflowStep"/>, the commands have their <c>${...}</c> placeholders substituted.
/// </summary>
public sealed record ContainerAction(
    string Image,
    IReadOnlyList<string> Commands,
    IReadOnlyDictionary<string, string> Environment) : StepAction;
