using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Brings argument values from any caller (GraphQL JSON, CLI, tests) to the document tree shape the
/// caster works on: string, long, double, bool, null, <see cref="List{T}"/>, <see cref="Dictionary{TKey,TValue}"/>,
/// <see cref="FileArgument"/> and already-cast <see cref="InputFile"/>/<see cref="ActorValue"/>.
/// </summary>
internal static class RawValue
{
    public static object? Normalize(object? value) => value switch
    {
        null or string or long or double or bool or FileArgument or InputFile or ActorValue => value,
        JsonElement json => FromJson(json),
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong number => number <= long.MaxValue ? (object)(long)number : (double)number,
        float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(
            key => Convert.ToString(key, CultureInfo.InvariantCulture) ?? "",
            key => Normalize(map[key]),
            StringComparer.Ordinal),
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.ToDictionary(pair => pair.Key, pair => Normalize(pair.Value), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    public static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(property => property.Name, property => FromJson(property.Value), StringComparer.Ordinal),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var number) ? (object)number : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
