using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4: every fragment is spread, directly or through other fragments, by some operation.</summary>
public sealed class FragmentsMustBeUsed : ValidationRule
{
    public override string Name => nameof(FragmentsMustBeUsed);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragments-Must-Be-Used";

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var usedNames = new HashSet<string>();
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    usedNames.Add(fragment.Name.Value);
                }
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !usedNames.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
