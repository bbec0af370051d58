using System.Globalization;

namespace Flowserv.Engine.Templates;

/// <summary>Number parsing with Python's <c>int()</c>/<c>float()</c> text rules.</summary>
internal static class NumberText
{
    /// <summary>Like Python <c>float(text)</c>: surrounding blanks, 'inf', 'infinity' and 'nan' in any case.</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        var trimmed = text.Trim().Replace("_", "", StringComparison.Ordinal);
        var unsigned = trimmed.TrimStart('+', '-');
        var sign = trimmed.StartsWith('-') ? -1.0 : 1.0;
        switch (unsigned.ToLowerInvariant())
        {
            case "inf" or "infinity":
                value = sign * double.PositiveInfinity;
                return trimmed.Length - unsigned.Length <= 1;
            case "nan":
                value = double.NaN;
                return trimmed.Length - unsigned.Length <= 1;
        }
        value = 0;
        return trimmed.Length > 0
            && (char.IsAsciiDigit(trimmed[^1]) || trimmed[^1] == '.')
            && double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Like Python <c>int(text)</c>: an optional sign and decimal digits only ('5.0' fails).</summary>
    public static bool TryParseInt(string text, out long value) =>
        long.TryParse(text.Trim().Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
