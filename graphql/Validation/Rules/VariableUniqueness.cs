using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1: an operation defines each variable at most once.</summary>
public sealed class VariableUniqueness : ValidationRule
{
    private static readonly Func<VariableDefinitionNode, NameNode> NameOf = definition => definition.Variable.Name;

    public override string Name => nameof(VariableUniqueness);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Variable-Uniqueness";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
        {
            DuplicateNames.Report(operation.VariableDefinitions, NameOf, context, static (context, name, nodes) =>
                context.ReportError($"There can be only one variable named \"${name}\".", nodes));
        }
    }
}
