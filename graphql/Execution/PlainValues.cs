using System.Text.Json;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Converts JSON to the plain form runtime input values take (null, bool, string, long, double,
/// <see cref="IReadOnlyList{T}"/>, <see cref="IReadOnlyDictionary{TKey,TValue}"/>); object keys keep their order.
/// </summary>
public static class PlainValues
{
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Array:
                var items = new object?[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[index++] = FromJson(item);
                }

                return items;
            case JsonValueKind.Object:
                var map = new OrderedDictionary<string, object?>();
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
            default:
                return null;
        }
    }

    /// <summary>A JSON object's members as a plain map; null for JSON null or absent input, an error for anything else.</summary>
    public static IReadOnlyDictionary<string, object?>? MapFromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)FromJson(element)!,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new GraphQLException("Variables must be provided as a JSON object.", ErrorCodes.BadUserInput),
    };

    /// <summary>
    /// A resolver's JSON value in the form completion works with: leaves and null become plain values;
    /// arrays and objects stay JSON so they are only walked as far as the selection asks.
    /// </summary>
    internal static object? FromJsonResult(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array or JsonValueKind.Object => element,
        _ => FromJson(element),
    };
}
