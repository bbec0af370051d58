namespace Flowserv.Engine.Templates;

/// <summary>
/// Loads workflow templates from files (YAML, or JSON for <c>.json</c>; YAML may <c>!include</c>
/// files relative to the including file) or text. Every problem is a <see cref="TemplateException"/>
/// (INVALID_TEMPLATE), or INVALID_PATH for an include outside <c>rootDir</c>.
/// </summary>
public static class TemplateLoader
{
    /// <param name="path">The template file.</param>
    /// <param name="rootDir">Folder includes must stay in; default: the template's folder.</param>
    public static WorkflowTemplate LoadFile(string path, string? rootDir = null)
    {
        if (!File.Exists(path))
        {
            throw new TemplateException($"template file '{Path.GetFileName(path)}' not found");
        }
        return TemplateParser.Parse(DocumentReader.ReadFile(path, rootDir));
    }

    public static WorkflowTemplate FromYaml(string text) => TemplateParser.Parse(DocumentReader.ParseYaml(text));

    public static WorkflowTemplate FromJson(string text) => TemplateParser.Parse(DocumentReader.ParseJson(text, "template"));
}
