using System.Globalization;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Converts coerced input values (what <see cref="IResolverContext.Arguments"/> and input object field maps
/// hold) to the CLR types of resolver parameters and input object members. Called from compiled resolvers.
/// </summary>
internal static class InputConversions
{
    /// <summary>The value of an argument or input field; null when absent.</summary>
    public static object? Entry(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// A scalar, enum or input object value. Coercion already produced the right CLR type except where a
    /// scalar's runtime type differs from the member's: ID strings for Guid/int/long members, Int for
    /// short/byte, Float for float/decimal, DateTimeOffset for DateTime.
    /// </summary>
    public static T Leaf<T>(object? value) => value switch
    {
        T typed => typed,
        null => default!,
        _ => (T)Convert(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)),
    };

    public static List<T>? ToList<T>(object? value, Func<object?, T> convertItem)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            return value is null ? null : [convertItem(value)];
        }

        var list = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(convertItem(items[i]));
        }

        return list;
    }

    public static T[]? ToArray<T>(object? value, Func<object?, T> convertItem)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            return value is null ? null : [convertItem(value)];
        }

        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = convertItem(items[i]);
        }

        return array;
    }

    private static object Convert(object value, Type target)
    {
        if (target == typeof(Guid) && value is string text)
        {
            return Guid.TryParse(text, out var guid) ? guid : throw new CoercionException($"\"{text}\" is not a valid UUID.");
        }

        if (target == typeof(DateTime) && value is DateTimeOffset instant)
        {
            return instant.UtcDateTime;
        }

        if (target == typeof(DateTimeOffset) && value is DateTime time)
        {
            return new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind));
        }

        try
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            throw new CoercionException($"{ValueDisplay.Format(value)} cannot be converted to {target.Name}.");
        }
    }
}
