using System.Reflection;
using System.Runtime.CompilerServices;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// The public members of a class that become fields, in declaration order (inherited ones first): properties,
/// fields and methods, without <see cref="GraphQLIgnoreAttribute"/>-marked, compiler-generated and
/// <see cref="object"/>-inherited members.
/// </summary>
internal static class FieldMembers
{
    private static readonly HashSet<string> ObjectMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct"];

    public static List<MemberInfo> Of(Type type, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : BindingFlags.Default);
        Type[] sources = type.IsInterface ? [type, .. type.GetInterfaces()] : [type];
        var members = new List<MemberInfo>();
        foreach (var source in sources)
        {
            foreach (var member in source.GetMembers(flags))
            {
                if (IsField(type, member) && !IsHiddenBy(members, member))
                {
                    members.RemoveAll(existing => IsHiddenBy([member], existing));
                    members.Add(member);
                }
            }
        }

        members.Sort(static (left, right) =>
        {
            var byDepth = Depth(left.DeclaringType!).CompareTo(Depth(right.DeclaringType!));
            return byDepth != 0 ? byDepth : Token(left).CompareTo(Token(right));
        });
        return members;
    }

    private static bool IsField(Type type, MemberInfo member)
    {
        if (member.IsDefined(typeof(GraphQLIgnoreAttribute), true) || member.IsDefined(typeof(CompilerGeneratedAttribute)) ||
            member.DeclaringType == typeof(object) || member.DeclaringType == typeof(ValueType))
        {
            return false;
        }

        return member switch
        {
            PropertyInfo property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0,
            FieldInfo field => !field.IsSpecialName && !field.IsLiteral,
            MethodInfo method => !method.IsSpecialName && !method.IsGenericMethodDefinition && !method.Name.Contains('<', StringComparison.Ordinal) &&
                !ObjectMethodNames.Contains(method.Name) && !IsDisposal(type, method),
            _ => false,
        };
    }

    private static bool IsDisposal(Type type, MethodInfo method) =>
        (method.Name == "Dispose" && typeof(IDisposable).IsAssignableFrom(type)) ||
        (method.Name == "DisposeAsync" && typeof(IAsyncDisposable).IsAssignableFrom(type));

    /// <summary>A property hidden with <c>new</c> (or redeclared by a derived interface) is listed once, the most derived one.</summary>
    private static bool IsHiddenBy(List<MemberInfo> members, MemberInfo member) =>
        member is not MethodInfo && members.Exists(existing =>
            existing is not MethodInfo && existing.Name == member.Name && existing.DeclaringType != member.DeclaringType &&
            member.DeclaringType!.IsAssignableFrom(existing.DeclaringType));

    private static int Depth(Type type)
    {
        if (type.IsInterface)
        {
            return type.GetInterfaces().Length;
        }

        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>Metadata order is source order; a property is placed by its getter so properties and methods interleave.</summary>
    private static int Token(MemberInfo member) => member is PropertyInfo property ? property.GetMethod!.MetadataToken : member.MetadataToken;
}
