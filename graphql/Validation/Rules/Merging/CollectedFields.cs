using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// A selection set's fields grouped by response name, inline fragments flattened in, plus the names of the
/// fragments it spreads (not followed). Also remembers what it was already compared with.
/// </summary>
internal sealed class CollectedFields
{
    // Most sets hold a handful of response names; a lookup table only pays off beyond that.
    private const int LinearLookupLimit = 16;

    // Shared by every collection without spreads and every pair without common response names; never modified.
    private static readonly List<string> NoFragmentNames = [];
    private static readonly List<(ResponseGroup, ResponseGroup)> NoOverlaps = [];

    private readonly List<ResponseGroup> groups;
    private Dictionary<string, ResponseGroup>? groupsByName;
    private List<string>? fragmentNames;
    private Dictionary<string, bool>? comparedFragments;

    // Overlaps with each collection compared so far; a collection meets few others, so a list beats a table.
    private List<(CollectedFields Other, List<(ResponseGroup, ResponseGroup)> Overlaps)>? overlaps;

    private CollectedFields(int capacity)
    {
        groups = new List<ResponseGroup>(capacity);
    }

    /// <summary>The response-name groups in order of first appearance.</summary>
    public List<ResponseGroup> Groups => groups;

    /// <summary>Spread fragment names, each once, in order of first appearance.</summary>
    public List<string> FragmentNames => fragmentNames ?? NoFragmentNames;

    public static CollectedFields Collect(GraphQLSchema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = new CollectedFields(selectionSet.Selections.Count);
        collected.Add(schema, parentType, selectionSet);
        return collected;
    }

    /// <summary>
    /// Records a comparison with the fields of <paramref name="fragmentName"/>; false when an equivalent one was
    /// made before (a non-exclusive comparison also covers a later exclusive one).
    /// </summary>
    public bool MarkFragmentCompared(string fragmentName, bool areMutuallyExclusive)
    {
        comparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (comparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || areMutuallyExclusive))
        {
            return false;
        }

        comparedFragments[fragmentName] = areMutuallyExclusive;
        return true;
    }

    /// <summary>The groups of this set and <paramref name="other"/> with the same response name, charging the budget per own group when first computed.</summary>
    public List<(ResponseGroup Mine, ResponseGroup Theirs)> OverlapsWith(CollectedFields other, ComplexityBudget budget)
    {
        overlaps ??= [];
        foreach (var (compared, cached) in overlaps)
        {
            if (ReferenceEquals(compared, other))
            {
                return cached;
            }
        }

        List<(ResponseGroup, ResponseGroup)>? found = null;
        foreach (var group in groups)
        {
            budget.Spend(1);
            if (other.Find(group.ResponseName) is { } otherGroup)
            {
                (found ??= []).Add((group, otherGroup));
            }
        }

        found ??= NoOverlaps;
        overlaps.Add((other, found));
        return found;
    }

    private void Add(GraphQLSchema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    var responseName = field.ResponseName;
                    var details = new FieldDetails(parentType, field, (parentType as ComplexType)?.GetField(field.Name.Value));
                    if (Find(responseName) is { } group)
                    {
                        group.Add(details);
                    }
                    else
                    {
                        AddGroup(new ResponseGroup(responseName, details));
                    }

                    break;
                case FragmentSpreadNode spread:
                    fragmentNames ??= [];
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inlineFragment:
                    var fragmentType = inlineFragment.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                    Add(schema, fragmentType, inlineFragment.SelectionSet);
                    break;
            }
        }
    }

    private void AddGroup(ResponseGroup group)
    {
        groups.Add(group);
        groupsByName?.Add(group.ResponseName, group);
        if (groupsByName is null && groups.Count > LinearLookupLimit)
        {
            groupsByName = new Dictionary<string, ResponseGroup>(StringComparer.Ordinal);
            foreach (var known in groups)
            {
                groupsByName.Add(known.ResponseName, known);
            }
        }
    }

    private ResponseGroup? Find(string responseName)
    {
        if (groupsByName is not null)
        {
            return groupsByName.GetValueOrDefault(responseName);
        }

        foreach (var group in groups)
        {
            if (group.ResponseName == responseName)
            {
                return group;
            }
        }

        return null;
    }
}
