namespace Flowserv.GraphQL.Language.Ast;

/// <summary>A parsed GraphQL document (spec 2.2): executable and/or type-system definitions.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;

/// <summary>Base of every top-level definition.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>An operation or fragment definition (spec 2.3, 2.8).</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>September 2025: executable definitions may be described; descriptions never affect execution.</summary>
    public StringValueNode? Description { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
