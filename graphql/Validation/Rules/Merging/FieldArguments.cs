using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>A field's arguments, each value reduced to its <see cref="ArgumentValueKey"/>.</summary>
internal sealed class FieldArguments
{
    private readonly IReadOnlyList<ArgumentNode> nodes;
    private readonly string[] keys;
    private readonly Dictionary<string, string> keysByName;

    public FieldArguments(IReadOnlyList<ArgumentNode> nodes)
    {
        this.nodes = nodes;
        keys = new string[nodes.Count];
        keysByName = new Dictionary<string, string>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ArgumentValueKey.Of(nodes[i].Value);

            // With a repeated argument name (reported by ArgumentUniqueness) the last value wins, as in graphql-js.
            keysByName[nodes[i].Name.Value] = keys[i];
        }
    }

    /// <summary>Whether both fields pass the same arguments with equal values, charging one unit per argument compared.</summary>
    public bool SameAs(FieldArguments other, ComplexityBudget budget)
    {
        if (nodes.Count != other.nodes.Count)
        {
            return false;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            budget.Spend(1);
            if (!other.keysByName.TryGetValue(nodes[i].Name.Value, out var otherKey)
                || !string.Equals(keys[i], otherKey, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
