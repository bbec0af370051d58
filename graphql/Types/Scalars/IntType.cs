using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The built-in Int: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType() : ScalarType("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object? Serialize(object value)
    {
        var number = value switch
        {
            bool flag => flag ? 1 : 0,
            _ when NumericValues.TryGetDouble(value, out var n) => n,
            _ when NumericValues.TryParseNumericString(value, out var n) => n,
            _ => throw new CoercionException($"Int cannot represent non-integer value: {ValueDisplay.Format(value)}"),
        };
        return ToInt32(number, value);
    }

    public override object? ParseValue(object? value)
    {
        if (value is null || value is bool || value is string || !NumericValues.TryGetDouble(value, out var number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {ValueDisplay.Format(value)}");
        }

        return ToInt32(number, value);
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode integer)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}");
        }

        return int.TryParse(integer.Value, out var result)
            ? result
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
    }

    private static int ToInt32(double number, object original)
    {
        if (!double.IsInteger(number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {ValueDisplay.Format(original)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Format(original)}");
        }

        return (int)number;
    }
}
