using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Building;

/// <summary>Bookkeeping shared by the uniqueness rules.</summary>
internal static class SdlNames
{
    /// <summary>What was seen so far in the scope <paramref name="key"/> (e.g. one type), created on first use.</summary>
    public static Dictionary<string, TSeen> Scope<TKey, TSeen>(Dictionary<TKey, Dictionary<string, TSeen>> scopes, TKey key)
        where TKey : notnull
    {
        if (!scopes.TryGetValue(key, out var scope))
        {
            scopes.Add(key, scope = []);
        }

        return scope;
    }

    /// <summary>Each name used more than once, with all its occurrences, in order of first use.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<SyntaxNode?> Nodes)> Duplicates(IEnumerable<NameNode> names)
    {
        var groups = new OrderedDictionary<string, List<SyntaxNode?>>();
        foreach (var name in names)
        {
            if (!groups.TryGetValue(name.Value, out var group))
            {
                groups.Add(name.Value, group = []);
            }

            group.Add(name);
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                yield return (name, nodes);
            }
        }
    }
}
