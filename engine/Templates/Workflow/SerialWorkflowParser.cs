namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads a serial workflow specification in flowServ's current form
/// (<c>files</c>, <c>parameters</c>, <c>steps</c>) or the legacy REANA form shown in flowServ's docs
/// (<c>inputs.files</c>, <c>inputs.parameters</c>, <c>workflow.specification.steps</c>,
/// <c>outputs.files</c>). A step is <c>{name, files?, action}</c>, where the action may be
/// <c>$[[actorParameter]]</c>; legacy steps are a bare <c>$[[actorParameter]]</c> or a bare
/// <c>{environment, commands}</c> (named step1, step2, ...).
/// </summary>
internal static class SerialWorkflowParser
{
    public static SerialWorkflow Parse(object? spec, ParameterIndex declarations)
    {
        var doc = DocumentMap.From(spec, "workflow");
        return doc.Has("steps") || !doc.Has("workflow") ? ParseCurrent(doc, declarations) : ParseLegacy(doc, declarations);
    }

    private static SerialWorkflow ParseCurrent(DocumentMap doc, ParameterIndex declarations)
    {
        var files = doc.Has("files") ? doc.Nested(doc.Get("files"), "workflow files") : null;
        return new SerialWorkflow(
            files?.GetStringList("inputs") ?? [],
            files?.GetStringList("outputs") ?? [],
            ParseParameters(doc.Get("parameters"), doc),
            ParseSteps(doc.Has("steps") ? doc.GetList("steps") : throw doc.Error("missing element 'steps' in workflow"), doc, declarations),
            declarations);
    }

    private static SerialWorkflow ParseLegacy(DocumentMap doc, ParameterIndex declarations)
    {
        var inputs = doc.Has("inputs") ? doc.Nested(doc.Get("inputs"), "workflow inputs") : null;
        var outputs = doc.Has("outputs") ? doc.Nested(doc.Get("outputs"), "workflow outputs") : null;
        var engine = doc.Nested(doc.Get("workflow"), "workflow.workflow");
        var specification = engine.Nested(engine.Get("specification"), "workflow.workflow.specification");
        return new SerialWorkflow(
            inputs?.GetStringList("files") ?? [],
            outputs?.GetStringList("files") ?? [],
            ParseParameters(inputs?.Get("parameters"), doc),
            ParseSteps(specification.GetList("steps"), doc, declarations),
            declarations);
    }

    // The code reads a mapping; flowServ's docs show a list of one-entry mappings. Both are accepted.
    private static Dictionary<string, object?> ParseParameters(object? parameters, DocumentMap doc)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        var entries = parameters switch
        {
            null => [],
            IReadOnlyDictionary<string, object?> map => map,
            IReadOnlyList<object?> items => items.SelectMany(item => item as IReadOnlyDictionary<string, object?>
                ?? throw doc.Error("invalid workflow parameters: expected a mapping of names to values")),
            _ => throw doc.Error("invalid workflow parameters: expected a mapping of names to values"),
        };
        foreach (var (name, value) in entries)
        {
            context[name] = value;
        }
        return context;
    }

    private static List<WorkflowStepSpec> ParseSteps(IReadOnlyList<object?> items, DocumentMap doc, ParameterIndex declarations)
    {
        if (items.Count == 0)
        {
            throw doc.Error("workflow has no steps");
        }
        var steps = items.Select((item, position) => ParseStep(item, position, doc, declarations)).ToList();
        var duplicate = steps.GroupBy(step => step.Name).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null ? steps : throw doc.Error($"duplicate step '{duplicate.Key}'");
    }

    private static WorkflowStepSpec ParseStep(object? item, int position, DocumentMap doc, ParameterIndex declarations)
    {
        var defaultName = $"step{position + 1}";
        if (item is string reference)
        {
            return ActorStep(defaultName, [], [], reference, declarations);
        }
        var step = doc.Nested(item, $"step #{position + 1}");
        if (!step.Has("action") && !step.Has("name"))
        {
            return new WorkflowStepSpec(defaultName, [], [], StepActionParser.Parse(item, $"step #{position + 1}"), null);
        }
        var name = step.RequireString("name");
        var files = step.Has("files") ? step.Nested(step.Get("files"), $"files of step '{name}'") : null;
        var inputs = files?.GetStringList("inputs") ?? [];
        var outputs = files?.GetStringList("outputs") ?? [];
        return step.Get("action") switch
        {
            null => throw step.Error($"missing action for step '{name}'"),
            string actor => ActorStep(name, inputs, outputs, actor, declarations),
            var action => new WorkflowStepSpec(name, inputs, outputs, StepActionParser.Parse(action, $"step '{name}'"), null),
        };
    }

    private static WorkflowStepSpec ActorStep(
        string name,
        IReadOnlyList<string> inputs,
        IReadOnlyList<string> outputs,
        string reference,
        ParameterIndex declarations)
    {
        var parsed = ParameterReference.ParseWhole(reference);
        if (parsed is null || parsed.IsConditional)
        {
            throw new TemplateException($"invalid action for step '{name}': expected an object or $[[actor parameter]], got '{reference}'");
        }
        var parameter = declarations.Find(parsed.Name)
            ?? throw new TemplateException($"unknown parameter '{parsed.Name}' in step '{name}'");
        return parameter.Type == ParameterType.Actor
            ? new WorkflowStepSpec(name, inputs, outputs, null, parameter.Name)
            : throw new TemplateException($"parameter '{parameter.Name}' used as step '{name}' is not an actor");
    }
}
