namespace Flowserv.GraphQL.Language.Ast;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>An operation (spec 2.3). <see cref="Name"/> is null for anonymous operations and the query shorthand.</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public StringValueNode? Description { get; init; }
}

public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;

/// <summary>A field, fragment spread or inline fragment (spec 2.4).</summary>
public abstract record SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    /// <summary>The key under which this field appears in the response: the alias if any, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}

public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode;

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode;
