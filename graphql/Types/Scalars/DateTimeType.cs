using System.Globalization;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>
/// An instant as an RFC 3339 / ISO-8601 string with a time zone offset. Results are written in UTC with
/// millisecond precision (<c>2026-11-22T04:30:00.000Z</c>); inputs become <see cref="DateTimeOffset"/>s.
/// A <see cref="DateTime"/> of unspecified kind is taken to be UTC.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public DateTimeType()
        : base("DateTime", "The `DateTime` scalar type represents a date and time with a time zone offset, as an RFC 3339 string.")
    {
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset instant => Format(instant.UtcDateTime),
        DateTime time => Format(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time),
        string text when TryParse(text, out var instant) => Format(instant.UtcDateTime),
        _ => throw new CoercionException($"DateTime cannot represent value: {ValueDisplay.Format(value)}"),
    };

    public override object? ParseValue(object? value) =>
        value is string text && TryParse(text, out var instant)
            ? instant
            : throw new CoercionException($"DateTime cannot represent value: {ValueDisplay.Format(value)}. Expected an RFC 3339 date-time with a time zone offset.");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode text
            ? ParseValue(text.Value)
            : throw new CoercionException($"DateTime cannot represent a non string value: {ValueDisplay.Format(LiteralValues.ToPlainValue(literal, variables))}");

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)Serialize(value)!);

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The offset is required: without one, a date-time names no instant.</summary>
    private static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        var hasOffset = text.Length > 6 && (text[^1] is 'Z' or 'z' || (text[^6] is '+' or '-' && text[^3] == ':'));
        return hasOffset && DateTimeOffset.TryParseExact(text.ToUpperInvariant(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
