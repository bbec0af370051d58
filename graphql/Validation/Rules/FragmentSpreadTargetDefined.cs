using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1: every fragment spread names a fragment defined in the document.</summary>
public sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override string Name => nameof(FragmentSpreadTargetDefined);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragment-spread-target-defined";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
    }
}
