using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2: no fragment reaches itself through spreads. A depth-first search over the spread graph
/// reports each cycle once, with the path of spreads that forms it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private readonly HashSet<string> visitedFragments = [];
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Dictionary<string, int> spreadPathIndexByName = [];

    public override string Name => nameof(FragmentSpreadsMustNotFormCycles);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragment-spreads-must-not-form-cycles";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment, context);
        }
    }

    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var fragmentName = fragment.Name.Value;
        if (!visitedFragments.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        spreadPathIndexByName[fragmentName] = spreadPath.Count;
        for (var i = 0; i < spreads.Count; i++)
        {
            var spread = spreads[i];
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (spreadPathIndexByName.TryGetValue(spreadName, out var cycleStart))
            {
                ReportCycle(spreadName, cycleStart, context);
            }
            else if (context.GetFragment(spreadName) is { } spreadFragment)
            {
                DetectCycles(spreadFragment, context);
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        spreadPathIndexByName.Remove(fragmentName);
    }

    private void ReportCycle(string spreadName, int cycleStart, ValidationContext context)
    {
        var cycle = spreadPath.GetRange(cycleStart, spreadPath.Count - cycleStart);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(spread => $"\"{spread.Name.Value}\""));
        context.ReportError(
            $"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}",
            [.. cycle]);
    }
}
