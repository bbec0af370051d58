using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Resolves the object type of an interface or union value from its CLR type (or nearest registered base
/// class); filled once while building, read-only afterwards.
/// </summary>
internal sealed class RuntimeTypeIndex
{
    private readonly Dictionary<Type, string> names = [];

    public void Add(Type clrType, string typeName) => names.TryAdd(clrType, typeName);

    public string? Resolve(object value, IResolverContext context)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (names.TryGetValue(type, out var name))
            {
                return name;
            }
        }

        return null;
    }
}
