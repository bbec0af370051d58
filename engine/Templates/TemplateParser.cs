namespace Flowserv.Engine.Templates;

/// <summary>
/// Builds a <see cref="WorkflowTemplate"/> from a parsed document and validates it. Unknown
/// top-level keys are ignored, as in flowServ.
/// </summary>
internal static class TemplateParser
{
    public static WorkflowTemplate Parse(object? document)
    {
        var doc = DocumentMap.From(document, "template");
        if (!doc.Has("workflow"))
        {
            throw doc.Error("missing element 'workflow'");
        }
        var groups = ParseGroups(doc);
        var parameters = ParameterParser.ParseAll(doc.GetList("parameters"), groups);
        TemplateReferences.Validate(doc.Get("workflow"), parameters, "workflow");
        var workflow = SerialWorkflow.Parse(doc.Get("workflow"), parameters);
        var outputs = doc.GetList("outputs").Select((output, position) => OutputFileSpec.Parse(output, $"output #{position + 1}")).ToList();
        var results = doc.Get("results") is { } resultSchema ? ResultSchemaParser.Parse(resultSchema) : null;
        var postproc = doc.Get("postproc") is { } postprocessing ? PostProcessingSpec.Parse(postprocessing) : null;
        return new WorkflowTemplate(
            (IReadOnlyDictionary<string, object?>)document!, workflow, parameters, groups, outputs, results, postproc);
    }

    private static List<ParameterGroup> ParseGroups(DocumentMap doc)
    {
        var groups = doc.GetList("parameterGroups", "modules").Select((item, position) =>
        {
            var group = doc.Nested(item, $"parameter group #{position + 1}");
            group.RejectUnknown("name", "title", "index");
            return new ParameterGroup(group.RequireString("name"), group.RequireString("title"), group.GetInt("index") ?? position);
        }).ToList();
        var duplicate = groups.GroupBy(group => group.Name).FirstOrDefault(same => same.Count() > 1);
        return duplicate is null ? groups : throw doc.Error($"duplicate parameter group '{duplicate.Key}'");
    }
}
