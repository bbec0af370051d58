using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec (September 2025) 5.2.1.1: the schema must define a root type for each operation's type.</summary>
public sealed class OperationTypeExistence : ValidationRule
{
    public override string Name => nameof(OperationTypeExistence);

    public override string SpecAnchor => SpecAnchors.September2025 + "sec-Operation-Type-Existence";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode operation && context.Schema.GetRootType(operation.Operation) is null)
        {
            var operationName = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError($"The {operationName} operation is not supported by the schema.", operation);
        }
    }
}
