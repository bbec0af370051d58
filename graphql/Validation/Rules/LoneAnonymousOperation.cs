using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    private int operationCount;

    public override string Name => nameof(LoneAnonymousOperation);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Lone-Anonymous-Operation";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        operationCount++;
                    }
                }

                break;
            case OperationDefinitionNode { Name: null } operation when operationCount > 1:
                context.ReportError("This anonymous operation must be the only defined operation.", operation);
                break;
        }
    }
}
