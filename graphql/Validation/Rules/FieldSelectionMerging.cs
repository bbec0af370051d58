using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Validation.Rules.Merging;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2: fields selected under the same response name must be the same field with the same arguments
/// (unless their parents are different object types) and must have the same response shape.
/// </summary>
public sealed class FieldSelectionMerging : ValidationRule
{
    private const string AbortedMessage = "Validation aborted.";

    // Above this many selections, finding repeated response names pairwise costs more than collecting the set.
    private const int DistinctNamesScanLimit = 16;

    private ConflictFinder? finder;
    private SelectionSetNode? inlineFragmentSelectionSet;
    private bool aborted;

    public override string Name => nameof(FieldSelectionMerging);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Field-Selection-Merging";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode inlineFragment:
                // An inline fragment's fields belong to the enclosing selection set, which checks them.
                inlineFragmentSelectionSet = inlineFragment.SelectionSet;
                break;
            case SelectionSetNode selectionSet when !aborted && !ReferenceEquals(selectionSet, inlineFragmentSelectionSet) && CanConflict(selectionSet):
                Check(selectionSet, context);
                break;
        }
    }

    /// <summary>
    /// Whether the set could hold a conflict: not when it has a lone field or spread (its sub-selections are
    /// checked on their own), nor when it has only fields with distinct response names, the common case, which
    /// is recognized here without collecting anything.
    /// </summary>
    private static bool CanConflict(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return false;
        }

        if (selections.Count > DistinctNamesScanLimit)
        {
            return true;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return true;
            }

            var responseName = field.ResponseName;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseName == responseName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Check(SelectionSetNode selectionSet, ValidationContext context)
    {
        finder ??= new ConflictFinder(context);
        List<Conflict> conflicts;
        try
        {
            conflicts = finder.FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet);
        }
        catch (MergingCheckAbortedException)
        {
            aborted = true;
            context.ReportError(AbortedMessage);
            return;
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
            for (var i = 0; i < conflict.Fields1.Count; i++)
            {
                nodes[i] = conflict.Fields1[i];
            }

            for (var i = 0; i < conflict.Fields2.Count; i++)
            {
                nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
            }

            context.ReportError(
                $"Fields \"{ConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }
}
