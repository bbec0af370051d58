using Flowserv.GraphQL.Language;
using System.Globalization;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The built-in ID: an opaque identifier, always serialized as a string (spec 3.5.5).</summary>
public sealed class IdType() : ScalarType("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object value) => value switch
    {
        string text => text,
        Guid guid => guid.ToString(),
        _ when NumericValues.IsIntegral(value) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string text => text,
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        double number when double.IsInteger(number) => number.ToString("F0", CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(literal)}"),
    };
}
