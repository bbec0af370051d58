using System.Globalization;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>A signed 64-bit integer, for counts and sizes that outgrow Int; values are JSON numbers.</summary>
public sealed class LongType() : ScalarType("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.")
{
    public override object? Serialize(object value) => value switch
    {
        long number => number,
        int or short or byte or sbyte or uint or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => ToInt64(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        long number => number,
        int number => (long)number,
        double or float or decimal => ToInt64(value),
        _ => throw NotALong(value),
    };

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode integer when long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw NotALong(LiteralValues.ToPlainValue(literal, variables)),
    };

    private static long ToInt64(object? value)
    {
        // Whole doubles up to ±2^63 are exact, so the range check on the double is sufficient.
        if (value is not null && NumericValues.TryGetDouble(value, out var number) && double.IsInteger(number) &&
            number >= long.MinValue && number < 9223372036854775808d)
        {
            return value is ulong whole ? (long)whole : (long)number;
        }

        throw NotALong(value);
    }

    private static CoercionException NotALong(object? value) =>
        new($"Long cannot represent non 64-bit signed integer value: {ValueDisplay.Format(value)}");
}
