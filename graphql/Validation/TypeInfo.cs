using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// The schema elements at the walker's current position (graphql-js <c>TypeInfo</c>): updated on entering
/// a node before the rules see it, and restored on leaving it after the rules have left it. Unknown names
/// yield nulls rather than errors; rules that care report them.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema schema;
    private readonly List<GraphQLType?> typeStack = [];
    private readonly List<NamedType?> parentTypeStack = [];
    private readonly List<GraphQLType?> inputTypeStack = [];
    private readonly List<FieldDefinition?> fieldDefinitionStack = [];
    private readonly List<ValueNode?> defaultValueStack = [];

    internal TypeInfo(GraphQLSchema schema)
    {
        this.schema = schema;
    }

    /// <summary>The output type of the current field, operation root or fragment type condition.</summary>
    public GraphQLType? Type => Top(typeStack);

    /// <summary>The composite type whose selection set the walker is in.</summary>
    public NamedType? ParentType => Top(parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => Top(inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (e.g. the input object of an object field).</summary>
    public GraphQLType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    /// <summary>The definition of the current field, meta-fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>) included.</summary>
    public FieldDefinition? FieldDefinition => Top(fieldDefinitionStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The default of the current argument or input field, as a constant literal.</summary>
    public ValueNode? DefaultValue => Top(defaultValueStack);

    public EnumValueDefinition? EnumValue { get; private set; }

    internal void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                parentTypeStack.Add(Type?.NamedType() is { } named && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parentType ? MetaFields.Find(schema, parentType, field.Name.Value) : null;
                fieldDefinitionStack.Add(definition);
                typeStack.Add(definition?.Type is { } fieldType && fieldType.IsOutputType() ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inlineFragment:
                EnterFragment(inlineFragment.TypeCondition is { } condition ? TypeFromAst(condition) : Type?.NamedType());
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(TypeFromAst(fragment.TypeCondition));
                break;
            case VariableDefinitionNode variableDefinition:
                inputTypeStack.Add(AsInputType(TypeFromAst(variableDefinition.Type)));
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable();
                defaultValueStack.Add(null);
                inputTypeStack.Add(AsInputType(listType is ListType list ? list.OfType : listType));
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.NamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                defaultValueStack.Add(inputField?.DefaultValue);
                inputTypeStack.Add(AsInputType(inputField?.Type));
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    internal void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(parentTypeStack);
                break;
            case FieldNode:
                Pop(fieldDefinitionStack);
                Pop(typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(typeStack);
                break;
            case VariableDefinitionNode:
                Pop(inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The schema type a type reference denotes, or null when its named type does not exist.</summary>
    internal static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode)
    {
        if (typeNode is NamedTypeNode named)
        {
            return schema.GetType(named.Name.Value);
        }

        // Unwrapped without recursion, as a hostile reference may nest thousands of wrappers deep.
        var wrappers = new Stack<TypeNode>();
        var node = typeNode;
        while (node is not NamedTypeNode)
        {
            wrappers.Push(node);
            node = node is ListTypeNode list ? list.Type : ((NonNullTypeNode)node).Type;
        }

        if (schema.GetType(((NamedTypeNode)node).Name.Value) is not { } type)
        {
            return null;
        }

        GraphQLType wrapped = type;
        while (wrappers.TryPop(out var wrapper))
        {
            wrapped = wrapper is ListTypeNode ? new ListType(wrapped) : new NonNullType(wrapped);
        }

        return wrapped;
    }

    private GraphQLType? TypeFromAst(TypeNode typeNode) => TypeFromAst(schema, typeNode);

    private void EnterFragment(GraphQLType? typeCondition) =>
        typeStack.Add(typeCondition is not null && typeCondition.IsOutputType() ? typeCondition : null);

    private void EnterArgument(ArgumentNode argument)
    {
        var name = argument.Name.Value;
        var definition = Directive is { } directive ? directive.GetArgument(name) : FieldDefinition?.GetArgument(name);
        Argument = definition;
        defaultValueStack.Add(definition?.DefaultValue);
        inputTypeStack.Add(AsInputType(definition?.Type));
    }

    private static GraphQLType? AsInputType(GraphQLType? type) => type is not null && type.IsInputType() ? type : null;

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
