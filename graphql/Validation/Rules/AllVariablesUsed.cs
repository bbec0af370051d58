using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4: every variable an operation defines is used by it or by a fragment it spreads.</summary>
public sealed class AllVariablesUsed : ValidationRule
{
    public override string Name => nameof(AllVariablesUsed);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-All-Variables-Used";

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(operation);
        for (var i = 0; i < operation.VariableDefinitions.Count; i++)
        {
            var definition = operation.VariableDefinitions[i];
            var variableName = definition.Variable.Name.Value;
            if (!IsUsed(usages, variableName))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${variableName}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${variableName}\" is never used.",
                    definition);
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string variableName)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            if (usage.Node.Name.Value == variableName)
            {
                return true;
            }
        }

        return false;
    }
}
