using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1: each named operation's name is unique in the document.</summary>
public sealed class OperationNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> knownNames = [];

    public override string Name => nameof(OperationNameUniqueness);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Operation-Name-Uniqueness";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Name: { } name })
        {
            return;
        }

        if (knownNames.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            knownNames.Add(name.Value, name);
        }
    }
}
