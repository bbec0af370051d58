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
    private const int LinearLookupLimit = 8;

    // Shared by every pair of collections without common response names; never modified.
    private static readonly List<(ResponseGroup, ResponseGroup)> NoOverlaps = [];

    private readonly List<ResponseGroup> groups;
    private Dictionary<string, ResponseGroup>? groupsByName;
    private List<string>? fragmentNames;
    private Dictionary<string, bool>? comparedFragments;
    private Dictionary<CollectedFields, List<(ResponseGroup, ResponseGroup)>>? overlaps;

    private CollectedFields(int capacity)
    {
        groups = new List<ResponseGroup>(capacity);
    }

    /// <summary>The response-name groups in order of first appearance.</summary>
    public IReadOnlyList<ResponseGroup> Groups => groups;

    /// <summary>Spread fragment names, each once, in order of first appearance.</summary>
    public IReadOnlyList<string> FragmentNames => (IReadOnlyList<string>?)fragmentNames ?? [];

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
        overlaps ??= new Dictionary<CollectedFields, List<(ResponseGroup, ResponseGroup)>>(ReferenceEqualityComparer.Instance);
        if (overlaps.TryGetValue(other, out var cached))
        {
            return cached;
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
        overlaps.Add(other, found);
        return found;
    }

    private void Add(GraphQLSchema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
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
