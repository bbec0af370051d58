using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>A UUID (RFC 9562) in its 36-character hyphenated form; the CLR representation is <see cref="Guid"/>.</summary>
public sealed class UuidType : ScalarType
{
    public UuidType()
        : base("UUID", "The `UUID` scalar type represents a universally unique identifier as a hyphenated string.")
    {
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc9562";
    }

    public override object? Serialize(object value) => value switch
    {
        Guid guid => guid.ToString("D"),
        string text when Guid.TryParse(text, out var guid) => guid.ToString("D"),
        _ => throw new CoercionException($"UUID cannot represent value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseValue(object? value) =>
        value is string text && Guid.TryParseExact(text, "D", out var guid)
            ? guid
            : throw new CoercionException($"UUID cannot represent value: {ValueDisplay.Format(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode text
            ? ParseValue(text.Value)
            : throw new CoercionException($"UUID cannot represent a non string value: {ValueDisplay.Format(LiteralValues.ToPlainValue(literal, variables))}");

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)Serialize(value)!);
}
