using System.Globalization;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads a step <c>action</c>. As in flowServ, the kind is chosen by its keys, in this order:
/// <c>environment</c> + <c>commands</c> (container), <c>func</c> (code), <c>notebook</c>.
/// Also accepts <c>image</c> for <c>environment</c>, and the legacy actor form
/// <c>['container', {image, commands}]</c> found in older templates.
/// </summary>
internal static class StepActionParser
{
    private const string NotebookSuffix = ".ipynb";

    public static StepAction Parse(object? spec, string context)
    {
        if (spec is IReadOnlyList<object?> { Count: 2 } legacy && legacy[0] is "container")
        {
            spec = legacy[1];
        }
        if (spec is not IReadOnlyDictionary<string, object?>)
        {
            throw InvalidSpecification(spec, context);
        }
        var doc = DocumentMap.From(spec, context);
        if (doc.Has("environment", "image") && doc.Has("commands"))
        {
            var commands = Commands(doc);
            commands.ForEach(CommandSubstitution.Validate);
            return new ContainerAction(doc.RequireString("environment", "image"), commands, KeyValues(doc, "env"));
        }
        if (doc.Has("func"))
        {
            return new CodeAction(doc.RequireString("func"), doc.GetString("arg"), Mapping(doc, "variables", "arg", "var"));
        }
        if (doc.Has("notebook"))
        {
            var notebook = doc.RequireString("notebook");
            return new NotebookAction(
                notebook,
                doc.GetString("output") ?? DefaultNotebookOutput(notebook),
                doc.GetStringList("params"),
                doc.GetStringList("requirements"),
                Mapping(doc, "variables", "arg", "var"));
        }
        throw InvalidSpecification(spec, context);
    }

    private static List<string> Commands(DocumentMap doc) => doc.Get("commands") switch
    {
        string command => [command],
        _ => [.. doc.GetStringList("commands")],
    };

    private static Dictionary<string, string> KeyValues(DocumentMap doc, string key) => Mapping(doc, key, "key", "value");

    // flowServ writes mappings as lists of {key, value} pairs; a plain mapping is accepted too.
    private static Dictionary<string, string> Mapping(DocumentMap doc, string element, string keyName, string valueName)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (doc.Get(element))
        {
            case null:
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (key, value) in map)
                {
                    mapping[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                }
                break;
            case IReadOnlyList<object?> pairs:
                foreach (var pair in pairs)
                {
                    var item = doc.Nested(pair, $"'{element}' of {doc.Context}");
                    mapping[item.RequireString(keyName)] = item.GetString(valueName) ?? "";
                }
                break;
            default:
                throw doc.Error($"invalid {doc.Context}: '{element}' must be a list or an object");
        }
        return mapping;
    }

    private static string DefaultNotebookOutput(string notebook) =>
        notebook.EndsWith(NotebookSuffix, StringComparison.Ordinal)
            ? notebook[..^NotebookSuffix.Length] + ".out" + NotebookSuffix
            : notebook + ".out" + NotebookSuffix;

    private static TemplateException InvalidSpecification(object? spec, string context) =>
        new($"invalid action specification '{PythonText.Str(spec)}' in {context}");
}
