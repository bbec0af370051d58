using System.Collections;
using System.Globalization;
using System.Text;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Renders values as Python's <c>str()</c> does, because flowServ substitutes argument values into
/// commands that way: <c>True</c>, <c>3</c>, <c>0.1</c>, <c>10.0</c>, <c>1e+16</c>, <c>inf</c>,
/// <c>['a', 1]</c>; a file renders as its target path.
/// </summary>
public static class PythonText
{
    public static string Str(object? value) => value switch
    {
        null => "None",
        string text => text,
        bool flag => flag ? "True" : "False",
        double number => Float(number),
        float number => Float(number),
        decimal number => Float((double)number),
        IConvertible integer when IsInteger(integer) => integer.ToString(CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(key => Repr(key) + ": " + Repr(map[key]))) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Repr)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>Python's <c>repr()</c>, used for the elements of lists and dictionaries.</summary>
    public static string Repr(object? value) => value is string text ? Quote(text) : Str(value);

    /// <summary>Python's shortest round-trip float text: fixed notation for exponents -4..15, else scientific.</summary>
    public static string Float(double number)
    {
        if (double.IsNaN(number))
        {
            return "nan";
        }
        if (double.IsInfinity(number))
        {
            return number > 0 ? "inf" : "-inf";
        }
        var sign = number < 0 || (number == 0 && double.IsNegative(number)) ? "-" : "";
        var (digits, pointPosition) = ShortestDigits(Math.Abs(number));
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }
        var exponent = pointPosition - 1;
        if (exponent is < -4 or >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            return $"{sign}{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }
        if (pointPosition <= 0)
        {
            return sign + "0." + new string('0', -pointPosition) + digits;
        }
        return pointPosition >= digits.Length
            ? sign + digits + new string('0', pointPosition - digits.Length) + ".0"
            : sign + digits[..pointPosition] + "." + digits[pointPosition..];
    }

    // Significant digits without leading/trailing zeros, and where the decimal point goes.
    private static (string Digits, int PointPosition) ShortestDigits(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var parts = text.Split('E');
        var exponent = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var mantissa = parts[0];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var pointPosition = (point < 0 ? mantissa.Length : point) + exponent;
        var significant = digits.TrimStart('0');
        pointPosition -= digits.Length - significant.Length;
        return (significant.TrimEnd('0'), pointPosition);
    }

    private static bool IsInteger(IConvertible value) => value.GetTypeCode() is
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or
        TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    private static string Quote(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when character == quote => "\\" + quote,
                _ => character.ToString(),
            });
        }
        return builder.Append(quote).ToString();
    }
}
