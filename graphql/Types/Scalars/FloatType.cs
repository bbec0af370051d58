using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The built-in Float: a finite double-precision number (spec 3.5.2).</summary>
public sealed class FloatType() : ScalarType("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object value)
    {
        var number = value switch
        {
            bool flag => flag ? 1d : 0d,
            _ when NumericValues.TryGetDouble(value, out var n) => n,
            _ when NumericValues.TryParseNumericString(value, out var n) => n,
            _ => double.NaN,
        };
        return double.IsFinite(number)
            ? number
            : throw new CoercionException($"Float cannot represent non numeric value: {ValueDisplay.Format(value)}");
    }

    public override object? ParseValue(object? value)
    {
        if (value is not null && value is not bool && value is not string &&
            NumericValues.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new CoercionException($"Float cannot represent non numeric value: {ValueDisplay.Format(value)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode or FloatValueNode => LiteralValues.ToPlainValue(literal, variables) is long whole ? (double)whole : LiteralValues.ToPlainValue(literal, variables),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}"),
    };
}
