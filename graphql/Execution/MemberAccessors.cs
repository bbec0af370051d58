using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Compiled getters for the public properties and fields of CLR objects, found by GraphQL name (exact,
/// then with the first letter upper-cased) and cached per (type, name) so reflection runs once per member.
/// </summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Cache = new();

    /// <summary>The getter of <paramref name="name"/> on <paramref name="type"/>, or null when it has no such member.</summary>
    public static Func<object, object?>? Get(Type type, string name) =>
        Cache.TryGetValue((type, name), out var getter) ? getter : Cache.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name);
        if (member is null && name.Length > 0 && char.IsLower(name[0]))
        {
            member = FindMember(type, char.ToUpperInvariant(name[0]) + name[1..]);
        }

        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags);
        if (property is not null && property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
        {
            return property;
        }

        return type.GetField(name, flags);
    }
}
