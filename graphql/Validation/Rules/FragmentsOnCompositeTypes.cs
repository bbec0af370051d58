using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3: fragments condition on object, interface or union types (unknown types are reported elsewhere).</summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override string Name => nameof(FragmentsOnCompositeTypes);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragments-On-Composite-Types";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } typeCondition } when IsNonComposite(typeCondition, context):
                context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition, context):
                context.ReportError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                    fragment.TypeCondition);
                break;
        }
    }

    private static bool IsNonComposite(NamedTypeNode typeCondition, ValidationContext context) =>
        context.Schema.GetType(typeCondition.Name.Value) is { } type && !type.IsCompositeType();
}
