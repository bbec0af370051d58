using Flowserv.GraphQL.Language;
using System.Globalization;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The built-in String: UTF-8 text (spec 3.5.3).</summary>
public sealed class StringType() : ScalarType("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        char character => character.ToString(),
        _ when NumericValues.TryGetDouble(value, out var number) && double.IsFinite(number) =>
            Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"String cannot represent value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseValue(object? value) => value is string text
        ? text
        : throw new CoercionException($"String cannot represent a non string value: {ValueDisplay.Format(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is StringValueNode text
        ? text.Value
        : throw new CoercionException($"String cannot represent a non string value: {AstPrinter.Print(literal)}");
}
