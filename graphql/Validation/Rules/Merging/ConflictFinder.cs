using System.Runtime.CompilerServices;
using System.Text;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// Spec 5.3.2 FieldsInSetCanMerge and SameResponseShape over one document, with graphql-js's strategy: each
/// selection set is compared within itself, with the fragments it spreads and those fragments with each other;
/// overlapping fields recurse into their sub-selections. Collected selection sets, compared fragment pairs and
/// field-pair outcomes are memoized so fragment-heavy documents stay polynomial.
/// </summary>
internal sealed class ConflictFinder(ValidationContext context)
{
    /// <summary>Reasons and response names longer than this are cut, so error size does not grow with the document.</summary>
    public const int MaxDetailLength = 1000;

    private const int MaxConflictNodes = 20;

    private const string DifferingArguments = "they have differing arguments";

    private readonly Dictionary<CollectionKey, CollectedFields> collections = new(CollectionKeyComparer.Instance);
    private readonly FragmentPairSet comparedFragmentPairs = new();
    private readonly ComplexityBudget budget = new();

    // Conflicts of the selection set being checked; the caller reports them before the next check.
    private readonly List<Conflict> reusableConflicts = [];

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? string.Concat(text.AsSpan(0, MaxDetailLength), "...") : text;

    /// <summary>The conflicts among the fields <paramref name="selectionSet"/> selects, fragments included; the list is reused by the next call.</summary>
    /// <exception cref="MergingCheckAbortedException">The document needs more comparisons than the budget allows, or nests too deep.</exception>
    public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = reusableConflicts;
        conflicts.Clear();
        var fields = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);

        var fragmentNames = fields.FragmentNames;
        if (fragmentNames.Count != 0 && (fields.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields fields,
        string fragmentName)
    {
        budget.Spend(1);
        if (fields.Groups.Count == 0 || !fields.MarkFragmentCompared(fragmentName, areMutuallyExclusive))
        {
            return;
        }

        if (CollectFragment(fragmentName) is not { } fragmentFields || ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var nestedName in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, nestedName);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        budget.Spend(2);
        if (fragmentName1 == fragmentName2 || comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (CollectFragment(fragmentName1) is not { } fields1 || CollectFragment(fragmentName2) is not { } fields2)
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var nestedName in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, nestedName);
        }

        foreach (var nestedName in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, nestedName, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        // Overlapping fields are compared level by level down their sub-selections; a document nested deep
        // enough to exhaust the stack is rejected rather than allowed to crash the process.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new MergingCheckAbortedException();
        }

        var conflicts = new List<Conflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        foreach (var group in fields.Groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, group.ResponseName, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>Compares each field of one collection with the same-named fields of the other (each already checked within itself).</summary>
    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        CollectedFields fields1,
        CollectedFields fields2)
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (group1, group2) in fields1.OverlapsWith(fields2, budget))
        {
            for (var i = 0; i < group1.Count; i++)
            {
                for (var j = 0; j < group2.Count; j++)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, group1[i], group2[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields selected on two different object types never apply to the same value, so they may differ in
        // name and arguments; interfaces and unions might overlap (now or in a later schema), so they may not.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        budget.Spend(2);

        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive && SameFieldAndArgumentsReason(field1, field2) is { } reason)
        {
            return new Conflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                responseName,
                $"they return conflicting types \"{field1.TypeString}\" and \"{field2.TypeString}\"",
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.NamedType(),
                selectionSet1,
                type2?.NamedType(),
                selectionSet2);
            return subConflicts.Count == 0 ? null : MergeSubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    /// <summary>Why the two fields are not the same field with the same arguments; null when they are.</summary>
    private string? SameFieldAndArgumentsReason(FieldDetails field1, FieldDetails field2)
    {
        var name1 = field1.Node.Name.Value;
        var name2 = field2.Node.Name.Value;
        if (name1 != name2)
        {
            return $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields";
        }

        var count1 = field1.Node.Arguments.Count;
        var count2 = field2.Node.Arguments.Count;
        if (count1 == 0 || count2 == 0)
        {
            return count1 == count2 ? null : DifferingArguments;
        }

        // Comparing argument values costs budget, so the outcome is remembered for when the pair meets again.
        if (!field1.TryGetComparison(field2, out var reason))
        {
            reason = field1.Arguments.SameAs(field2.Arguments, budget) ? null : DifferingArguments;
            field1.RecordComparison(field2, reason);
        }

        return reason;
    }

    /// <summary>
    /// Whether no value could satisfy both types: lists and non-null wrappers must line up, and leaf types must
    /// be equal. Composite types are left to the comparison of their sub-fields.
    /// </summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        budget.Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ => (type1.IsLeafType() || type2.IsLeafType()) && ((NamedType)type1).Name != ((NamedType)type2).Name,
        };
    }

    private static Conflict MergeSubfieldConflicts(List<Conflict> subConflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var reason = new StringBuilder();
        foreach (var conflict in subConflicts)
        {
            if (reason.Length > 0)
            {
                reason.Append(" and ");
            }

            reason.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (reason.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(reason.ToString()),
            ConflictNodes(node1, subConflicts, first: true),
            ConflictNodes(node2, subConflicts, first: false));
    }

    /// <summary>The outer field, then the fields of the sub-conflicts on one side, at most <see cref="MaxConflictNodes"/>.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> subConflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in subConflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;

            // Keep the last nodes of a long list: the deeper fields say more about the conflict.
            var retained = Math.Min(side.Count, MaxConflictNodes - nodes.Count);
            for (var i = side.Count - retained; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectedFields? CollectFragment(string fragmentName) =>
        context.GetFragment(fragmentName) is { } fragment
            ? Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet)
            : null;

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new CollectionKey(parentType, selectionSet);
        if (!collections.TryGetValue(key, out var fields))
        {
            fields = CollectedFields.Collect(context.Schema, parentType, selectionSet);
            collections.Add(key, fields);
        }

        return fields;
    }

    /// <summary>
    /// A selection set collected for a parent type. Nodes are records with structural equality, far too costly
    /// for a cache key, so both parts are compared by reference.
    /// </summary>
    private readonly record struct CollectionKey(NamedType? ParentType, SelectionSetNode SelectionSet);

    private sealed class CollectionKeyComparer : IEqualityComparer<CollectionKey>
    {
        public static readonly CollectionKeyComparer Instance = new();

        public bool Equals(CollectionKey x, CollectionKey y) =>
            ReferenceEquals(x.ParentType, y.ParentType) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode(CollectionKey key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.ParentType), RuntimeHelpers.GetHashCode(key.SelectionSet));
    }
}
