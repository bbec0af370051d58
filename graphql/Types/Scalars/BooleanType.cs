using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The built-in Boolean (spec 3.5.4).</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object? Serialize(object value) => value switch
    {
        bool flag => flag,
        _ when NumericValues.TryGetDouble(value, out var number) && double.IsFinite(number) => number != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseValue(object? value) => value is bool flag
        ? flag
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueDisplay.Format(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is BooleanValueNode flag
        ? flag.Value
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {AstPrinter.Print(literal)}");
}
