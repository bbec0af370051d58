using System.Text.Json;
using Flowserv.Engine.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads a YAML or JSON file (chosen by suffix: <c>.json</c> is JSON, anything else YAML) into a
/// plain tree of <see cref="Dictionary{TKey,TValue}"/> (keys in file order), <see cref="List{T}"/>,
/// string, long, double, bool and null. YAML files may use <c>!include relative/path</c>, resolved
/// against the including file's folder and confined to the root folder.
/// </summary>
public static class DocumentReader
{
    private const int MaxIncludeDepth = 32;

    /// <param name="path">The file to read.</param>
    /// <param name="rootDir">Folder that includes may not leave; default: the file's folder.</param>
    public static object? ReadFile(string path, string? rootDir = null) =>
        ReadFile(Path.GetFullPath(path), Path.GetFullPath(rootDir ?? Path.GetDirectoryName(Path.GetFullPath(path))!), 0);

    /// <summary>Parses YAML text (no includes are allowed, since there is no folder to resolve them in).</summary>
    public static object? ParseYaml(string text) => ParseYaml(text, "document", includeResolver: null);

    public static object? ParseJson(string text, string source = "document")
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return RawValue.FromJson(json.RootElement);
        }
        catch (JsonException error)
        {
            throw new TemplateException($"invalid JSON in {source}: {error.Message}");
        }
    }

    private static object? ReadFile(string path, string rootDir, int depth)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException error)
        {
            throw new TemplateException($"cannot read '{Path.GetFileName(path)}': {error.Message}");
        }
        var name = Path.GetRelativePath(rootDir, path).Replace('\\', '/');
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ParseJson(text, name);
        }
        return ParseYaml(text, name, include =>
        {
            if (depth >= MaxIncludeDepth)
            {
                throw new TemplateException($"too many nested includes in '{name}'");
            }
            var target = SafePath.CombineFrom(rootDir, Path.GetDirectoryName(path)!, include);
            if (!File.Exists(target))
            {
                throw new TemplateException($"included file '{include}' not found (in '{name}')");
            }
            return ReadFile(target, rootDir, depth + 1);
        });
    }

    private static object? ParseYaml(string text, string source, Func<string, object?>? includeResolver)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            throw new TemplateException($"invalid YAML in {source} (line {error.Start.Line}): {error.InnerException?.Message ?? error.Message}");
        }
        catch (ArgumentException error)
        {
            throw new TemplateException($"invalid YAML in {source}: {error.Message}");
        }
        return stream.Documents.Count == 0 ? null : new YamlTree(source, includeResolver).Convert(stream.Documents[0].RootNode);
    }
}
