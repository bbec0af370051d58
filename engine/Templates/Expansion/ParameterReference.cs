using System.Text.RegularExpressions;

namespace Flowserv.Engine.Templates;

/// <summary>
/// A template reference <c>$[[name]]</c>, or the conditional <c>$[[flag ? a : b]]</c> /
/// <c>$[[flag ? a]]</c>. The parameter name is the text before the first '?', stripped.
/// </summary>
public sealed partial record ParameterReference(string Name, bool IsConditional, string? IfTrue, string? IfFalse)
{
    /// <summary>Parses the text between <c>$[[</c> and <c>]]</c>.</summary>
    public static ParameterReference Parse(string inner)
    {
        var question = inner.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return new ParameterReference(inner.Trim(), false, null, null);
        }
        var branches = inner[(question + 1)..];
        var colon = branches.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new ParameterReference(inner[..question].Trim(), true, branches.Trim(), null)
            : new ParameterReference(inner[..question].Trim(), true, branches[..colon].Trim(), branches[(colon + 1)..].Trim());
    }

    /// <summary>The reference if <paramref name="text"/> is exactly one reference, else null.</summary>
    public static ParameterReference? ParseWhole(string text)
    {
        var match = WholePattern().Match(text);
        return match.Success ? Parse(match.Groups[1].Value) : null;
    }

    /// <summary>Every reference embedded anywhere in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<ParameterReference> FindAll(string text) =>
        Pattern().Matches(text).Select(match => Parse(match.Groups[1].Value));

    /// <summary>Replaces every embedded reference with <paramref name="render"/>'s text for it.</summary>
    public static string ReplaceAll(string text, Func<ParameterReference, string> render) =>
        Pattern().Replace(text, match => render(Parse(match.Groups[1].Value)));

    /// <summary><paramref name="text"/> with every reference replaced by blanks of the same length (positions are kept).</summary>
    public static string Blank(string text) => Pattern().Replace(text, match => new string(' ', match.Length));

    [GeneratedRegex(@"\$\[\[(.*?)\]\]", RegexOptions.Singleline)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\$\[\[((?:(?!\]\]).)*)\]\]$", RegexOptions.Singleline)]
    private static partial Regex WholePattern();
}
