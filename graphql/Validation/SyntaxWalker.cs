using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// Depth-first traversal of a document in source order, visiting the same nodes as graphql-js's
/// <c>visit</c> (names and descriptions excepted, no rule needs them). The walk keeps its own stack
/// instead of recursing, so however deeply a document nests, it cannot overflow the thread's stack.
/// </summary>
internal abstract class SyntaxWalker
{
    private readonly Stack<Step> pending = new();

    /// <summary>Called before the children; returning false skips the children and <see cref="Leave"/>.</summary>
    protected abstract bool Enter(SyntaxNode node);

    protected abstract void Leave(SyntaxNode node);

    public void Walk(SyntaxNode root)
    {
        pending.Push(new Step(root, IsLeave: false));
        while (pending.TryPop(out var step))
        {
            if (step.IsLeave)
            {
                Leave(step.Node);
            }
            else if (Enter(step.Node))
            {
                pending.Push(step with { IsLeave = true });
                PushChildren(step.Node);
            }
        }
    }

    /// <summary>Schedules the children of <paramref name="node"/>, last first, so they are popped in source order.</summary>
    private void PushChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                PushAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                Push(operation.SelectionSet);
                PushAll(operation.Directives);
                PushAll(operation.VariableDefinitions);
                break;
            case VariableDefinitionNode variableDefinition:
                PushAll(variableDefinition.Directives);
                Push(variableDefinition.DefaultValue);
                Push(variableDefinition.Type);
                Push(variableDefinition.Variable);
                break;
            case SelectionSetNode selectionSet:
                PushAll(selectionSet.Selections);
                break;
            case FieldNode field:
                Push(field.SelectionSet);
                PushAll(field.Directives);
                PushAll(field.Arguments);
                break;
            case FragmentSpreadNode spread:
                PushAll(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                Push(inlineFragment.SelectionSet);
                PushAll(inlineFragment.Directives);
                Push(inlineFragment.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                Push(fragment.SelectionSet);
                PushAll(fragment.Directives);
                Push(fragment.TypeCondition);
                break;
            case ArgumentNode argument:
                Push(argument.Value);
                break;
            case DirectiveNode directive:
                PushAll(directive.Arguments);
                break;
            case ListValueNode list:
                PushAll(list.Values);
                break;
            case ObjectValueNode objectValue:
                PushAll(objectValue.Fields);
                break;
            case ObjectFieldNode objectField:
                Push(objectField.Value);
                break;
            case ListTypeNode listType:
                Push(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Push(nonNullType.Type);
                break;
            default:
                PushTypeSystemChildren(node);
                break;
        }
    }

    /// <summary>Type-system nodes only appear in documents ExecutableDefinitions rejects, but other rules still see them.</summary>
    private void PushTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case OperationTypeDefinitionNode operationType:
                Push(operationType.Type);
                break;
            case FieldDefinitionNode fieldDefinition:
                PushAll(fieldDefinition.Directives);
                Push(fieldDefinition.Type);
                PushAll(fieldDefinition.Arguments);
                break;
            case InputValueDefinitionNode inputValue:
                PushAll(inputValue.Directives);
                Push(inputValue.DefaultValue);
                Push(inputValue.Type);
                break;
            case EnumValueDefinitionNode enumValue:
                PushAll(enumValue.Directives);
                break;
            case SchemaDefinitionNode schema:
                PushAll(schema.OperationTypes);
                PushAll(schema.Directives);
                break;
            case SchemaExtensionNode schemaExtension:
                PushAll(schemaExtension.OperationTypes);
                PushAll(schemaExtension.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                PushAll(objectType.Fields);
                PushAll(objectType.Directives);
                PushAll(objectType.Interfaces);
                break;
            case ObjectTypeExtensionNode objectExtension:
                PushAll(objectExtension.Fields);
                PushAll(objectExtension.Directives);
                PushAll(objectExtension.Interfaces);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                PushAll(interfaceType.Fields);
                PushAll(interfaceType.Directives);
                PushAll(interfaceType.Interfaces);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                PushAll(interfaceExtension.Fields);
                PushAll(interfaceExtension.Directives);
                PushAll(interfaceExtension.Interfaces);
                break;
            case UnionTypeDefinitionNode union:
                PushAll(union.Types);
                PushAll(union.Directives);
                break;
            case UnionTypeExtensionNode unionExtension:
                PushAll(unionExtension.Types);
                PushAll(unionExtension.Directives);
                break;
            case EnumTypeDefinitionNode enumType:
                PushAll(enumType.Values);
                PushAll(enumType.Directives);
                break;
            case EnumTypeExtensionNode enumExtension:
                PushAll(enumExtension.Values);
                PushAll(enumExtension.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                PushAll(inputObject.Fields);
                PushAll(inputObject.Directives);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                PushAll(inputExtension.Fields);
                PushAll(inputExtension.Directives);
                break;
            case TypeDefinitionNode scalar:
                PushAll(scalar.Directives);
                break;
            case TypeExtensionNode scalarExtension:
                PushAll(scalarExtension.Directives);
                break;
            case DirectiveDefinitionNode directive:
                PushAll(directive.Arguments);
                break;
        }
    }

    private void Push(SyntaxNode? node)
    {
        if (node is not null)
        {
            pending.Push(new Step(node, IsLeave: false));
        }
    }

    private void PushAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            pending.Push(new Step(nodes[i], IsLeave: false));
        }
    }

    private readonly record struct Step(SyntaxNode Node, bool IsLeave);
}
