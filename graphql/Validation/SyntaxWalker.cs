using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// Depth-first traversal of a document in source order, visiting the same nodes as graphql-js's
/// <c>visit</c> (names and descriptions excepted, no rule needs them).
/// </summary>
internal abstract class SyntaxWalker
{
    /// <summary>Called before the children; returning false skips the children and <see cref="Leave"/>.</summary>
    protected abstract bool Enter(SyntaxNode node);

    protected abstract void Leave(SyntaxNode node);

    public void Walk(SyntaxNode node)
    {
        if (!Enter(node))
        {
            return;
        }

        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case VariableDefinitionNode variableDefinition:
                Walk(variableDefinition.Variable);
                Walk(variableDefinition.Type);
                WalkOptional(variableDefinition.DefaultValue);
                WalkAll(variableDefinition.Directives);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections);
                break;
            case FieldNode field:
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                WalkOptional(field.SelectionSet);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                WalkOptional(inlineFragment.TypeCondition);
                WalkAll(inlineFragment.Directives);
                Walk(inlineFragment.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case ArgumentNode argument:
                Walk(argument.Value);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments);
                break;
            case ListValueNode list:
                WalkAll(list.Values);
                break;
            case ObjectValueNode objectValue:
                WalkAll(objectValue.Fields);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value);
                break;
            case ListTypeNode listType:
                Walk(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Walk(nonNullType.Type);
                break;
            default:
                WalkTypeSystem(node);
                break;
        }

        Leave(node);
    }

    /// <summary>Type-system nodes only appear in documents ExecutableDefinitions rejects, but other rules still see them.</summary>
    private void WalkTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case OperationTypeDefinitionNode operationType:
                Walk(operationType.Type);
                break;
            case FieldDefinitionNode fieldDefinition:
                WalkAll(fieldDefinition.Arguments);
                Walk(fieldDefinition.Type);
                WalkAll(fieldDefinition.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Walk(inputValue.Type);
                WalkOptional(inputValue.DefaultValue);
                WalkAll(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                WalkAll(enumValue.Directives);
                break;
            case SchemaDefinitionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkAll(schemaExtension.Directives);
                WalkAll(schemaExtension.OperationTypes);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectExtension:
                WalkAll(objectExtension.Interfaces);
                WalkAll(objectExtension.Directives);
                WalkAll(objectExtension.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WalkAll(interfaceExtension.Interfaces);
                WalkAll(interfaceExtension.Directives);
                WalkAll(interfaceExtension.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case UnionTypeExtensionNode unionExtension:
                WalkAll(unionExtension.Directives);
                WalkAll(unionExtension.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                WalkAll(enumExtension.Directives);
                WalkAll(enumExtension.Values);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                WalkAll(inputObject.Directives);
                WalkAll(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WalkAll(inputExtension.Directives);
                WalkAll(inputExtension.Fields);
                break;
            case TypeDefinitionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case TypeExtensionNode scalarExtension:
                WalkAll(scalarExtension.Directives);
                break;
            case DirectiveDefinitionNode directive:
                WalkAll(directive.Arguments);
                break;
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }
}
