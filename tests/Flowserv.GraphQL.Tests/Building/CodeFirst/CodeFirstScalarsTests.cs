using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

/// <summary>The scalars the code-first conventions map CLR types to: DateTime, Long, UUID and JSON.</summary>
public class CodeFirstScalarsTests
{
    private static readonly DateTimeType DateTime = new();
    private static readonly LongType Long = new();
    private static readonly UuidType Uuid = new();
    private static readonly JsonType Json = new();

    [Fact]
    public void DateTime_writes_utc_with_milliseconds_and_reads_offsets()
    {
        Assert.Equal("2026-11-22T03:30:00.250Z", DateTime.Serialize(new DateTimeOffset(2026, 11, 22, 5, 30, 0, 250, TimeSpan.FromHours(2))));
        Assert.Equal("2026-11-22T05:30:00.000Z", DateTime.Serialize(new System.DateTime(2026, 11, 22, 5, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 5, 30, 0, TimeSpan.FromHours(-3)), DateTime.ParseValue("2026-11-22T05:30:00-03:00"));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 5, 30, 0, 123, TimeSpan.Zero), DateTime.ParseLiteral(new StringValueNode("2026-11-22T05:30:00.123Z"), null));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", DateTime.SpecifiedByUrl);
    }

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-22T05:30:00")]
    [InlineData("22/11/2026 05:30Z")]
    public void DateTime_rejects_values_without_a_time_zone_offset(string text)
    {
        var exception = Assert.Throws<CoercionException>(() => DateTime.ParseValue(text));

        Assert.Equal($"DateTime cannot represent value: \"{text}\". Expected an RFC 3339 date-time with a time zone offset.", exception.Message);
    }

    [Fact]
    public void Long_covers_64_bits_and_rejects_fractions()
    {
        Assert.Equal(long.MaxValue, Long.ParseLiteral(new IntValueNode("9223372036854775807"), null));
        Assert.Equal(5_000_000_000L, Long.ParseValue(5_000_000_000L));
        Assert.Equal(7L, Long.ParseValue(7d));
        Assert.Equal(3L, Long.Serialize((short)3));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 1.5", Assert.Throws<CoercionException>(() => Long.ParseValue(1.5)).Message);
        Assert.Equal("Long cannot represent non 64-bit signed integer value: \"1\"", Assert.Throws<CoercionException>(() => Long.ParseValue("1")).Message);
        Assert.Throws<CoercionException>(() => Long.ParseLiteral(new IntValueNode("9223372036854775808"), null));
        Assert.Throws<CoercionException>(() => Long.Serialize(ulong.MaxValue));
    }

    [Fact]
    public void Uuid_reads_and_writes_the_hyphenated_form()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Uuid.Serialize(guid));
        Assert.Equal(guid, Uuid.ParseValue("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Assert.Equal("UUID cannot represent value: \"0f8fad5bd9cb469fa16570867728950e\"", Assert.Throws<CoercionException>(() => Uuid.ParseValue("0f8fad5bd9cb469fa16570867728950e")).Message);
        Assert.Throws<CoercionException>(() => Uuid.ParseLiteral(new IntValueNode("1"), null));
    }

    [Fact]
    public void Json_accepts_any_value_and_prints_defaults_as_literals()
    {
        var fromLiteral = (JsonElement)Json.ParseLiteral(Parser.ParseValue("""{ a: [1, 2.5, "x", true, null] }"""), null)!;
        var fromVariable = (JsonElement)Json.ParseValue(PlainValues.FromJson(JsonDocument.Parse("""[{"b":1}]""").RootElement))!;

        Assert.Equal("""{"a":[1,2.5,"x",true,null]}""", fromLiteral.GetRawText());
        Assert.Equal("""[{"b":1}]""", fromVariable.GetRawText());
        Assert.Equal("""{"Name":"n","Size":2}""", ((JsonElement)Json.Serialize(new { Name = "n", Size = 2 })!).GetRawText());
        Assert.Equal("""{a: [1, 2.5, "x", true, null]}""", AstPrinter.Print(Json.ValueToLiteral(fromLiteral)));
    }
}
