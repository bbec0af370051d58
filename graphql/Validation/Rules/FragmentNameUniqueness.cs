using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1: each fragment's name is unique in the document.</summary>
public sealed class FragmentNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> knownNames = [];

    public override string Name => nameof(FragmentNameUniqueness);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragment-Name-Uniqueness";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not FragmentDefinitionNode fragment)
        {
            return;
        }

        var name = fragment.Name;
        if (knownNames.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            knownNames.Add(name.Value, name);
        }
    }
}
