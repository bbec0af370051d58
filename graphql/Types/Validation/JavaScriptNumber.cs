using System.Globalization;
using System.Text;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Formats a double as JavaScript's <c>Number.prototype.toString()</c> does (ECMA-262 Number::toString),
/// so numbers in printed defaults match graphql-js: <c>1e+21</c>, <c>1.5e-7</c>, <c>100</c>, <c>0.001</c>.
/// </summary>
internal static class JavaScriptNumber
{
    public static string Format(double number)
    {
        if (number == 0)
        {
            return "0";
        }

        // .NET's round-trip format yields the same shortest digits JavaScript uses.
        var (digits, exponent) = Decompose(Math.Abs(number).ToString("R", CultureInfo.InvariantCulture));

        var builder = new StringBuilder();
        if (number < 0)
        {
            builder.Append('-');
        }

        var k = digits.Length;
        var n = exponent;
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Splits "1.25E+21" or "0.0125" into significant digits "125" and n, with value = 0.digits × 10^n.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? text.Length : point;
        var allDigits = point < 0 ? text : text.Remove(point, 1);
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var digits = allDigits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exponent + integerDigits - leadingZeros);
    }
}
