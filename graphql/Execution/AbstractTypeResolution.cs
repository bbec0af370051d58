using System.Text.Json;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Spec 6.4.3 ResolveAbstractType: the type's ResolveType, else a <c>__typename</c> entry of a map or
/// JSON object, else the first possible type whose IsTypeOf (or RuntimeType) accepts the value.
/// </summary>
internal sealed partial class ExecutionContext
{
    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldPlan field, object result, ResolverContext? context)
    {
        var resolveType = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        // The executor creates a context for every field whose completion calls a ResolveType function.
        var typeName = resolveType?.Invoke(result, context!) ?? TypeNameEntry(result);
        if (typeName is null)
        {
            return PossibleTypeOf(abstractType, result) ?? throw FieldError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        return Schema.GetType(typeName) switch
        {
            null => throw FieldError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."),
            ObjectType runtimeType when Schema.IsSubType(abstractType, runtimeType) => runtimeType,
            ObjectType runtimeType => throw FieldError($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\"."),
            _ => throw FieldError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."),
        };
    }

    private static string? TypeNameEntry(object result) => result switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };

    private ObjectType? PossibleTypeOf(NamedType abstractType, object result)
    {
        foreach (var candidate in Schema.GetPossibleTypes(abstractType))
        {
            var matches = candidate.IsTypeOf is { } isTypeOf
                ? isTypeOf(result)
                : candidate.RuntimeType is { } runtimeType && runtimeType.IsInstanceOfType(result);
            if (matches)
            {
                return candidate;
            }
        }

        return null;
    }

    private static GraphQLException FieldError(string message) => new(new GraphQLError(message));
}
