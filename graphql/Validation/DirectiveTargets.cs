using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// Tells the per-location directive rules which directives a node carries and where they are applied
/// (spec 3.13 locations). Fed every entered node in walk order, since an input value definition's
/// location depends on its parent.
/// </summary>
internal sealed class DirectiveTargets
{
    private DirectiveLocation inputValueLocation = DirectiveLocation.ArgumentDefinition;

    public bool TryGet(SyntaxNode node, out IReadOnlyList<DirectiveNode> directives, out DirectiveLocation location)
    {
        (directives, location) = node switch
        {
            OperationDefinitionNode operation => (operation.Directives, operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.Mutation,
                OperationType.Subscription => DirectiveLocation.Subscription,
                _ => DirectiveLocation.Query,
            }),
            FieldNode field => (field.Directives, DirectiveLocation.Field),
            FragmentSpreadNode spread => (spread.Directives, DirectiveLocation.FragmentSpread),
            InlineFragmentNode inlineFragment => (inlineFragment.Directives, DirectiveLocation.InlineFragment),
            FragmentDefinitionNode fragment => (fragment.Directives, DirectiveLocation.FragmentDefinition),
            VariableDefinitionNode variable => (variable.Directives, DirectiveLocation.VariableDefinition),
            _ => TypeSystemTarget(node),
        };

        return directives.Count > 0;
    }

    private (IReadOnlyList<DirectiveNode> Directives, DirectiveLocation Location) TypeSystemTarget(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                return (schema.Directives, DirectiveLocation.Schema);
            case SchemaExtensionNode schemaExtension:
                return (schemaExtension.Directives, DirectiveLocation.Schema);
            case FieldDefinitionNode fieldDefinition:
                inputValueLocation = DirectiveLocation.ArgumentDefinition;
                return (fieldDefinition.Directives, DirectiveLocation.FieldDefinition);
            case DirectiveDefinitionNode:
                inputValueLocation = DirectiveLocation.ArgumentDefinition;
                return ([], DirectiveLocation.ArgumentDefinition);
            case InputObjectTypeDefinitionNode inputObject:
                inputValueLocation = DirectiveLocation.InputFieldDefinition;
                return (inputObject.Directives, DirectiveLocation.InputObject);
            case InputObjectTypeExtensionNode inputExtension:
                // graphql-js treats fields of input object extensions as argument definitions; so do we.
                inputValueLocation = DirectiveLocation.ArgumentDefinition;
                return (inputExtension.Directives, DirectiveLocation.InputObject);
            case InputValueDefinitionNode inputValue:
                return (inputValue.Directives, inputValueLocation);
            case EnumValueDefinitionNode enumValue:
                return (enumValue.Directives, DirectiveLocation.EnumValue);
            case TypeDefinitionNode type:
                return (type.Directives, TypeLocation(type));
            case TypeExtensionNode extension:
                return (extension.Directives, TypeLocation(extension));
            default:
                return ([], DirectiveLocation.Query);
        }
    }

    private static DirectiveLocation TypeLocation(SyntaxNode type) => type switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        _ => DirectiveLocation.Enum,
    };
}
