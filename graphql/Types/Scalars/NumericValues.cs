using System.Globalization;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>Reads CLR numbers of any width the way the built-in scalars need them.</summary>
internal static class NumericValues
{
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ulong or ushort or float or double or decimal:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    public static bool TryParseNumericString(object value, out double number)
    {
        number = 0;
        return value is string text && text.Length > 0 &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static bool IsIntegral(object value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;
}
