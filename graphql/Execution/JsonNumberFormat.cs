using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Writes doubles as JavaScript's Number::toString does (so responses match graphql-js byte for byte):
/// .NET switches to exponent notation earlier and writes it differently (<c>1E+20</c>, <c>1E-07</c>, <c>-0</c>).
/// </summary>
internal static class JsonNumberFormat
{
    public static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        // In this range both write plain decimals, so the common case needs no formatting of its own.
        var magnitude = Math.Abs(number);
        if (magnitude is >= 1e-4 and < 1e15)
        {
            writer.WriteNumberValue(number);
            return;
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        if (number == 0)
        {
            writer.WriteNumberValue(0);
        }
        else if (!shortest.Contains('E', StringComparison.Ordinal))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteRawValue(FromExponentForm(shortest), skipInputValidation: true);
        }
    }

    /// <summary>Rewrites .NET's <c>-d.dddE±x</c> with ECMAScript's Number::toString rules.</summary>
    private static string FromExponentForm(string shortest)
    {
        var negative = shortest.StartsWith('-');
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var digits = shortest[(negative ? 1 : 0)..exponentAt].Replace(".", string.Empty, StringComparison.Ordinal);
        var n = int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1;
        var k = digits.Length;
        var text = new StringBuilder(negative ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (n > -6 && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1));
        }

        return text.ToString();
    }
}
