using System.Globalization;
using System.Text.RegularExpressions;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Resolves plain (unquoted) YAML scalars the way PyYAML's YAML 1.1 resolver does, so that a
/// template means the same here as in flowServ (e.g. <c>required: False</c> is a Boolean and
/// <c>1e5</c>, lacking a dot, stays a string).
/// </summary>
internal static partial class YamlScalars
{
    public static object? Resolve(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (BoolPattern().IsMatch(text))
        {
            return text.ToLowerInvariant() is "true" or "yes" or "on";
        }
        if (IntPattern().IsMatch(text))
        {
            return ParseInt(text.Replace("_", "", StringComparison.Ordinal));
        }
        if (FloatPattern().IsMatch(text))
        {
            return double.Parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return SpecialFloat(text) ?? (object)text;
    }

    private static object ParseInt(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-');
        var value = digits switch
        {
            _ when digits.StartsWith("0x", StringComparison.Ordinal) => Convert.ToInt64(digits[2..], 16),
            _ when digits.StartsWith("0b", StringComparison.Ordinal) => Convert.ToInt64(digits[2..], 2),
            _ when digits.StartsWith("0o", StringComparison.Ordinal) => Convert.ToInt64(digits[2..], 8),
            _ when digits.Length > 1 && digits.StartsWith('0') => Convert.ToInt64(digits[1..], 8),
            _ => long.Parse(digits, CultureInfo.InvariantCulture),
        };
        return negative ? -value : value;
    }

    private static double? SpecialFloat(string text) => text switch
    {
        ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        _ => null,
    };

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|(?:0|[1-9][0-9_]*))$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
