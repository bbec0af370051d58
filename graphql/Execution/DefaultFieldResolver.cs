using System.Text.Json;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js defaultFieldResolver): the parent's entry named like
/// the field in a map or JSON object, or its public property or field (see <see cref="MemberAccessors"/>).
/// </summary>
public static class DefaultFieldResolver
{
    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case JsonElement json:
                return json.ValueKind == JsonValueKind.Object && json.TryGetProperty(fieldName, out var property)
                    ? PlainValues.FromJsonResult(property)
                    : null;
            default:
                return MemberAccessors.Get(parent.GetType(), fieldName)?.Invoke(parent);
        }
    }
}
