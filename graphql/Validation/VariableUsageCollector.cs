using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>Walks one executable definition with its own <see cref="TypeInfo"/>, recording each variable used as a value.</summary>
internal sealed class VariableUsageCollector : SyntaxWalker
{
    private readonly TypeInfo typeInfo;
    private readonly List<VariableUsage> usages = [];

    private VariableUsageCollector(GraphQLSchema schema)
    {
        typeInfo = new TypeInfo(schema);
    }

    public static IReadOnlyList<VariableUsage> Collect(GraphQLSchema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector.Walk(definition);
        return collector.usages;
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
