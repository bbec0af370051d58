using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Limits how deeply an operation nests fields (<c>{ a { b } }</c> has depth 2), with fragments expanded
/// and introspection fields counted like any other. @skip/@include are ignored, so the limit holds
/// whatever the variables.
/// </summary>
public static class OperationDepthAnalyzer
{
    /// <summary>The error to report when <paramref name="operation"/> is deeper than <paramref name="maxDepth"/>, else null.</summary>
    public static GraphQLError? Check(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, int maxDepth)
    {
        var depth = Depth(operation.SelectionSet, fragments, new Dictionary<string, int>(), []);
        return depth <= maxDepth
            ? null
            : new GraphQLError(
                $"The operation has a depth of {depth}, which exceeds the maximum depth of {maxDepth}.",
                ErrorLocations.Of(operation),
                extensions: ErrorExtensions.Code(ErrorCodes.MaxDepthExceeded));
    }

    /// <summary>The depth of <paramref name="selectionSet"/>; a fragment's depth does not depend on where it is spread, so each is measured once.</summary>
    private static int Depth(
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, int> fragmentDepths,
        HashSet<string> fragmentsInProgress)
    {
        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var selectionDepth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } subselection ? Depth(subselection, fragments, fragmentDepths, fragmentsInProgress) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet, fragments, fragmentDepths, fragmentsInProgress),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value, fragments, fragmentDepths, fragmentsInProgress),
                _ => 0,
            };
            depth = Math.Max(depth, selectionDepth);
        }

        return depth;
    }

    private static int FragmentDepth(
        string name,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, int> fragmentDepths,
        HashSet<string> fragmentsInProgress)
    {
        if (fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        // Cycles are rejected by validation; guard anyway so a cycle cannot recurse forever.
        if (!fragments.TryGetValue(name, out var fragment) || !fragmentsInProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, fragments, fragmentDepths, fragmentsInProgress);
        fragmentsInProgress.Remove(name);
        fragmentDepths[name] = depth;
        return depth;
    }
}
