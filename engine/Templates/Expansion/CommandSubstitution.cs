using System.Text.RegularExpressions;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Substitutes <c>$name</c> and <c>${name}</c> in step commands with Python <c>string.Template</c>
/// rules, as flowServ's container workers do: identifiers are <c>[_a-zA-Z][_a-zA-Z0-9]*</c>,
/// <c>$$</c> is a literal '$', any other '$' is an error. Worker variables (e.g. <c>python</c>)
/// override the workflow context; an unknown name stands for itself (so <c>${python}</c> with no
/// variable is <c>python</c>). Values are rendered with <see cref="PythonText.Str"/> and the
/// result is trimmed.
/// </summary>
public static partial class CommandSubstitution
{
    public static string Substitute(
        string command,
        IReadOnlyDictionary<string, object?> context,
        IReadOnlyDictionary<string, string> variables)
    {
        var result = Placeholder().Replace(command, match =>
        {
            if (match.Groups["escaped"].Success)
            {
                return "$";
            }
            var name = match.Groups["named"].Success ? match.Groups["named"].Value : match.Groups["braced"].Value;
            if (match.Groups["invalid"].Success)
            {
                throw InvalidPlaceholder(command, match.Index);
            }
            if (variables.TryGetValue(name, out var variable))
            {
                return variable;
            }
            return context.TryGetValue(name, out var value) ? PythonText.Str(value) : name;
        });
        return result.Trim();
    }

    /// <summary>
    /// Checks a template command for malformed placeholders (e.g. <c>$1</c> or <c>${a</c>); its
    /// <c>$[[...]]</c> references are expanded before substitution, so they are not placeholders.
    /// </summary>
    public static void Validate(string command)
    {
        var invalid = Placeholder().Matches(ParameterReference.Blank(command)).FirstOrDefault(match => match.Groups["invalid"].Success);
        if (invalid is not null)
        {
            throw InvalidPlaceholder(command, invalid.Index);
        }
    }

    private static TemplateException InvalidPlaceholder(string command, int index) =>
        new($"invalid placeholder at position {index + 1} in command '{command}' (write $$ for a literal $)");

    [GeneratedRegex(@"\$(?:(?<escaped>\$)|(?<named>[_a-zA-Z][_a-zA-Z0-9]*)|\{(?<braced>[_a-zA-Z][_a-zA-Z0-9]*)\}|(?<invalid>))")]
    private static partial Regex Placeholder();
}
