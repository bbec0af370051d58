using System.Reflection;
using System.Text;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>The conventions that turn C# names into GraphQL names (HotChocolate's defaults).</summary>
internal static class Naming
{
    /// <summary>A type's name: [GraphQLName], else the CLR name, with "I" dropped from interface names and generic arguments first (<c>Page&lt;Run&gt;</c> → <c>RunPage</c>).</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } explicitName)
        {
            return explicitName.Name;
        }

        var name = type.Name;
        var arity = name.IndexOf('`', StringComparison.Ordinal);
        if (arity >= 0)
        {
            name = name[..arity];
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        if (!type.IsGenericType)
        {
            return name;
        }

        var builder = new StringBuilder();
        foreach (var argument in type.GetGenericArguments())
        {
            builder.Append(TypeName(argument));
        }

        return builder.Append(name).ToString();
    }

    /// <summary>An input object's name: [GraphQLName] as given, else the type name with an "Input" suffix.</summary>
    public static string InputTypeName(Type type)
    {
        var name = TypeName(type);
        return type.IsDefined(typeof(GraphQLNameAttribute)) || name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary>A field's conventional name: camelCase, for methods without a "Get" prefix and "Async" suffix.</summary>
    public static string FieldName(MemberInfo member)
    {
        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && !char.IsLower(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    /// <summary><c>Name</c> → <c>name</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        // In "URLPath" the last capital starts the next word, so it stays.
        var lowered = upper > 1 && upper < name.Length && char.IsLower(name[upper]) ? upper - 1 : upper;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>, <c>Version2</c> → <c>VERSION2</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (i > 0 && char.IsUpper(current) && name[i - 1] != '_' &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(current));
        }

        return builder.ToString();
    }

    /// <summary>How problems name a C# member: <c>Query.GetWorkflow</c>, <c>Query.GetWorkflow(id)</c>.</summary>
    public static string Display(MemberInfo member) => DisplayType(member.DeclaringType!) + "." + member.Name;

    public static string Display(ParameterInfo parameter) => Display(parameter.Member) + "(" + parameter.Name + ")";

    /// <summary>A CLR type as C# spells it: <c>List&lt;Run&gt;</c>.</summary>
    public static string DisplayType(Type type)
    {
        var arity = type.Name.IndexOf('`', StringComparison.Ordinal);
        return arity < 0 ? type.Name : type.Name[..arity] + "<" + string.Join(", ", type.GetGenericArguments().Select(DisplayType)) + ">";
    }
}
