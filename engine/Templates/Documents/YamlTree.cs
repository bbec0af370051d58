using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Converts a parsed YAML document to the plain document tree, resolving <c>!include</c> tags and
/// PyYAML scalar types. Aliases are expanded, so a node budget stops "billion laughs" documents
/// (uploaded templates are untrusted input).
/// </summary>
internal sealed class YamlTree(string source, Func<string, object?>? includeResolver)
{
    private const string IncludeTag = "!include";
    private const int MaxNodes = 1_000_000;

    private int nodes;

    public object? Convert(YamlNode node)
    {
        if (++nodes > MaxNodes)
        {
            throw new TemplateException($"invalid YAML in {source}: more than {MaxNodes} values");
        }
        switch (node)
        {
            case YamlScalarNode scalar when !scalar.Tag.IsEmpty && scalar.Tag.Value == IncludeTag:
                return includeResolver is null
                    ? throw new TemplateException($"!include is not supported in {source}")
                    : includeResolver(scalar.Value ?? "");
            case YamlScalarNode scalar:
                return scalar.Style is ScalarStyle.Plain ? YamlScalars.Resolve(scalar.Value ?? "") : scalar.Value ?? "";
            case YamlSequenceNode sequence:
                return sequence.Children.Select(Convert).ToList();
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw new TemplateException($"invalid YAML in {source} (line {key.Start.Line}): keys must be scalars");
                    }
                    map[name] = Convert(value);
                }
                return map;
            default:
                throw new TemplateException($"invalid YAML in {source} (line {node.Start.Line})");
        }
    }
}
