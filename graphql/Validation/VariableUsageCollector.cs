using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// Walks executable definitions with its own <see cref="TypeInfo"/>, recording each variable used as a value.
/// One collector serves a whole validation run: every walk leaves its stacks empty again.
/// </summary>
internal sealed class VariableUsageCollector(GraphQLSchema schema) : SyntaxWalker
{
    private readonly TypeInfo typeInfo = new(schema);
    private List<VariableUsage> usages = [];

    public IReadOnlyList<VariableUsage> Collect(ExecutableDefinitionNode definition)
    {
        usages = [];
        Walk(definition);
        return usages;
    }

    protected override bool Enter(SyntaxNode node)
    {
        // Variables in variable definitions are declarations, not usages.
        if (node is VariableDefinitionNode)
        {
            return false;
        }

        typeInfo.Enter(node);
        if (node is VariableNode variable)
        {
            usages.Add(new VariableUsage(
                variable,
                typeInfo.InputType,
                typeInfo.DefaultValue,
                typeInfo.ParentInputType is InputObjectType { IsOneOf: true }));
        }

        return true;
    }

    protected override void Leave(SyntaxNode node) => typeInfo.Leave(node);
}
