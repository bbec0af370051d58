using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3: every variable used by an operation, directly or in fragments it spreads, is defined by it.</summary>
public sealed class AllVariableUsesDefined : ValidationRule
{
    private readonly HashSet<string> definedNames = [];

    public override string Name => nameof(AllVariableUsesDefined);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-All-Variable-Uses-Defined";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definedNames.Clear();
                break;
            case VariableDefinitionNode definition:
                definedNames.Add(definition.Variable.Name.Value);
                break;
        }
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(operation);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            var variableName = usage.Node.Name.Value;
            if (!definedNames.Contains(variableName))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${variableName}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${variableName}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
