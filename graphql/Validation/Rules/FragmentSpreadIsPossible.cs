using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3: a fragment may only be spread where some object type could satisfy both the fragment's type
/// condition and the enclosing parent type (object or abstract in object or abstract scope).
/// </summary>
public sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override string Name => nameof(FragmentSpreadIsPossible);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragment-spread-is-possible";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode inlineFragment:
                if (AsComposite(context.TypeInfo.Type) is { } inlineType
                    && context.TypeInfo.ParentType is { } inlineParent
                    && !TypeComparators.DoTypesOverlap(context.Schema, inlineType, inlineParent))
                {
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{inlineParent.Name}\" can never be of type \"{inlineType.Name}\".",
                        inlineFragment);
                }

                break;
            case FragmentSpreadNode spread:
                if (context.GetFragment(spread.Name.Value) is { } fragment
                    && AsComposite(context.Schema.GetType(fragment.TypeCondition.Name.Value)) is { } fragmentType
                    && context.TypeInfo.ParentType is { } spreadParent
                    && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, spreadParent))
                {
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{fragmentType.Name}\".",
                        spread);
                }

                break;
        }
    }

    // Unknown and non-composite type conditions are reported by FragmentSpreadTypeExistence and FragmentsOnCompositeTypes.
    private static NamedType? AsComposite(GraphQLType? type) => type is NamedType named && named.IsCompositeType() ? named : null;
}
