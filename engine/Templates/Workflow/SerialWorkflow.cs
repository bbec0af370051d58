namespace Flowserv.Engine.Templates;

/// <summary>
/// The serial workflow specification (the template's <c>workflow</c> element, C.9): static input
/// files, retained output files, the <c>parameters</c> mapping that forms the step context, and the
/// steps. <see cref="GetSteps"/> produces the runnable steps for a run's arguments.
/// </summary>
public sealed class SerialWorkflow
{
    internal SerialWorkflow(
        IReadOnlyList<string> inputFiles,
        IReadOnlyList<string> outputFiles,
        IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyList<WorkflowStepSpec> steps,
        ParameterIndex declarations)
    {
        InputFiles = inputFiles;
        OutputFiles = outputFiles;
        Parameters = parameters;
        Steps = steps;
        Declarations = declarations;
    }

    /// <summary><c>files.inputs</c> as written; may contain <c>$[[...]]</c> references.</summary>
    public IReadOnlyList<string> InputFiles { get; }

    /// <summary>
    /// <c>files.inputs</c> without parameter references: the template's static files and folders
    /// (a trailing '/' marks a folder). File arguments are copied separately, as in flowServ.
    /// </summary>
    public IReadOnlyList<string> StaticInputFiles => [.. InputFiles.Where(file => !ParameterReference.FindAll(file).Any())];

    /// <summary><c>files.outputs</c>: files retained after success when the template has no <c>outputs</c>.</summary>
    public IReadOnlyList<string> OutputFiles { get; }

    /// <summary>The <c>parameters</c> mapping as written (values may be <c>$[[...]]</c> references).</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public IReadOnlyList<WorkflowStepSpec> Steps { get; }

    /// <summary>The parameter declarations the references resolve against.</summary>
    public ParameterIndex Declarations { get; }

    /// <summary>Parses a serial specification; see <see cref="SerialWorkflowParser"/> for the accepted forms.</summary>
    public static SerialWorkflow Parse(object? spec, ParameterIndex declarations) => SerialWorkflowParser.Parse(spec, declarations);

    /// <summary>The step context: <see cref="Parameters"/> with references expanded.</summary>
    public IReadOnlyDictionary<string, object?> GetContext(IReadOnlyDictionary<string, object?> arguments) =>
        GetContext(new ReferenceExpander(Declarations, ArgumentCaster.CastArguments(Declarations, arguments)));

    /// <summary>
    /// The steps to run for <paramref name="arguments"/>, raw or already cast (casting a cast value
    /// changes nothing, see <see cref="ArgumentCaster.CastArguments"/>). An actor step whose optional
    /// argument is absent is skipped; a required one runs the parameter's default. Commands are
    /// substituted with the context and <paramref name="variables"/> (merged over
    /// <see cref="WorkerVariables.Default"/>).
    /// </summary>
    public IReadOnlyList<WorkflowStep> GetSteps(
        IReadOnlyDictionary<string, object?> arguments,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        arguments = ArgumentCaster.CastArguments(Declarations, arguments);
        var expander = new ReferenceExpander(Declarations, arguments);
        var context = GetContext(expander);
        var workerVariables = WorkerVariables.With(variables);
        var steps = new List<WorkflowStep>();
        foreach (var spec in Steps)
        {
            var (action, actorFiles) = spec.ActorParameter is null
                ? (spec.Action!, [])
                : ActorAction(spec.ActorParameter, arguments);
            if (action is null)
            {
                continue;
            }
            steps.Add(new WorkflowStep(
                spec.Name,
                Substitute(action, expander, context, workerVariables),
                ExpandTexts(spec.InputFiles, expander, context, workerVariables),
                ExpandTexts(spec.OutputFiles, expander, context, workerVariables),
                actorFiles));
        }
        return steps;
    }

    private IReadOnlyDictionary<string, object?> GetContext(ReferenceExpander expander) =>
        Parameters.ToDictionary(entry => entry.Key, entry => expander.Expand(entry.Value), StringComparer.Ordinal);

    private (StepAction? Action, IReadOnlyList<InputFile> Files) ActorAction(string parameterName, IReadOnlyDictionary<string, object?> arguments)
    {
        var parameter = Declarations.Find(parameterName)!;
        // As in flowServ, an optional actor that was not given skips its step; a required one
        // without argument (casting let it through, so it has a default) runs its default.
        var actor = arguments.GetValueOrDefault(parameterName) as ActorValue
            ?? (parameter.IsRequired ? (ActorValue?)parameter.Cast(parameter.DefaultValue) : null);
        return actor is null ? (null, []) : (actor.Spec, actor.Files);
    }

    private static StepAction Substitute(
        StepAction action,
        ReferenceExpander expander,
        IReadOnlyDictionary<string, object?> context,
        IReadOnlyDictionary<string, string> variables) =>
        action is ContainerAction container ? container with { Commands = ExpandTexts(container.Commands, expander, context, variables) } : action;

    // Commands and file paths get the same treatment: $[[...]] references first, then ${...} placeholders.
    private static List<string> ExpandTexts(
        IReadOnlyList<string> texts,
        ReferenceExpander expander,
        IReadOnlyDictionary<string, object?> context,
        IReadOnlyDictionary<string, string> variables) =>
        [.. texts.Select(text => CommandSubstitution.Substitute(expander.ExpandForSubstitution(text), context, variables))];
}
