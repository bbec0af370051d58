using System.Reflection;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>A CLR type together with what C# says about its nullability, stepped into generic arguments and elements.</summary>
internal readonly record struct ClrType(Type Type, NullabilityInfo? Nullability)
{
    /// <summary>The awaited result of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>; the type itself otherwise.</summary>
    public ClrType Awaited => ClrTypes.IsGeneric(Type, typeof(Task<>)) || ClrTypes.IsGeneric(Type, typeof(ValueTask<>)) ? Argument(0) : this;

    /// <summary>The item type of <c>IAsyncEnumerable&lt;T&gt;</c>, or null.</summary>
    public ClrType? AsyncStreamItem => ClrTypes.IsGeneric(Type, typeof(IAsyncEnumerable<>)) ? Argument(0) : null;

    /// <summary>The item type of an array or sequence (strings and dictionaries are not lists), or null.</summary>
    public ClrType? ListItem
    {
        get
        {
            if (Type.IsArray)
            {
                return new ClrType(Type.GetElementType()!, Nullability?.ElementType);
            }

            if (Type == typeof(string) || ClrTypes.IsDictionary(Type))
            {
                return null;
            }

            var item = ClrTypes.SequenceItemType(Type);
            if (item is null)
            {
                return null;
            }

            // The nullability of List<T?> is on its argument; a derived list type's item has no annotation to read.
            return Type.IsGenericType && Type.GetGenericArguments() is [var argument] && argument == item
                ? Argument(0)
                : new ClrType(item, null);
        }
    }

    /// <summary>Whether the value may be null: <c>Nullable&lt;T&gt;</c>, or a reference type not annotated as non-null.</summary>
    public bool IsNullable => Nullable.GetUnderlyingType(Type) is not null ||
        (!Type.IsValueType && Nullability?.ReadState != NullabilityState.NotNull);

    /// <summary>The type without <c>Nullable&lt;T&gt;</c>.</summary>
    public Type Underlying => Nullable.GetUnderlyingType(Type) ?? Type;

    private ClrType Argument(int index) =>
        new(Type.GetGenericArguments()[index], Nullability?.GenericTypeArguments is { Length: > 0 } arguments ? arguments[index] : null);
}

internal static class ClrTypes
{
    public static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    public static bool IsDictionary(Type type) =>
        Implements(type, typeof(IDictionary<,>)) || Implements(type, typeof(IReadOnlyDictionary<,>)) || typeof(System.Collections.IDictionary).IsAssignableFrom(type);

    /// <summary>T of the <c>IEnumerable&lt;T&gt;</c> the type is or implements, or null.</summary>
    public static Type? SequenceItemType(Type type)
    {
        if (IsGeneric(type, typeof(IEnumerable<>)))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (IsGeneric(implemented, typeof(IEnumerable<>)))
            {
                return implemented.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>Whether the type is <c>Task</c>/<c>ValueTask</c> without a result, which leaves a field without a value.</summary>
    public static bool IsResultlessAwaitable(Type type) => type == typeof(Task) || type == typeof(ValueTask);

    /// <summary>Types of the platform that only a bound scalar can represent (e.g. TimeSpan, Uri, object).</summary>
    public static bool IsPlatformType(Type type) =>
        type == typeof(object) || type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) ||
            ns.StartsWith("Microsoft.", StringComparison.Ordinal));

    private static bool Implements(Type type, Type definition)
    {
        if (IsGeneric(type, definition))
        {
            return true;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (IsGeneric(implemented, definition))
            {
                return true;
            }
        }

        return false;
    }
}
