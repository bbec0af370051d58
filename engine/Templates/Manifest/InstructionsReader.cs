using System.Text.RegularExpressions;
using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads an instructions (Markdown) file: its text, trimmed, with every <c>{{relative/file}}</c>
/// replaced by that file's instructions, resolved against the including file's folder and confined
/// to the source folder.
/// </summary>
internal static partial class InstructionsReader
{
    public static string Read(string sourceDir, string relativePath) => Read(sourceDir, sourceDir, relativePath, []);

    private static string Read(string sourceDir, string fromDir, string relativePath, HashSet<string> including)
    {
        var path = SafePath.CombineFrom(sourceDir, fromDir, relativePath);
        if (!File.Exists(path))
        {
            throw new ManifestException($"instructions file '{relativePath}' not found");
        }
        if (!including.Add(path))
        {
            throw new ManifestException($"circular include of '{relativePath}' in instructions");
        }
        var text = IncludePattern().Replace(
            File.ReadAllText(path).Trim(),
            match => Read(sourceDir, Path.GetDirectoryName(path)!, match.Groups[1].Value.Trim(), including));
        including.Remove(path);
        return text;
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}")]
    private static partial Regex IncludePattern();
}
