using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>
/// Any JSON value, for free-form data such as workflow parameters. Inputs become <see cref="JsonElement"/>s;
/// results may be JSON elements, plain values (maps, lists, leaves) or CLR objects, serialized as JSON.
/// </summary>
public sealed class JsonType() : ScalarType("JSON", "The `JSON` scalar type represents any JSON value.")
{
    public override object? Serialize(object value) => value switch
    {
        // A default JsonElement holds no value at all.
        JsonElement { ValueKind: JsonValueKind.Undefined } => null,
        JsonElement or string or bool or int or long or double or IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> => value,
        JsonDocument document => document.RootElement.Clone(),
        _ => JsonSerializer.SerializeToElement(value, value.GetType()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(value),
    };

    public override ValueNode ValueToLiteral(object value) =>
        LiteralValues.FromPlainValue(value is JsonElement element ? PlainValues.FromJson(element) : value);
}
