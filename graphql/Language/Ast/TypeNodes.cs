namespace Flowserv.GraphQL.Language.Ast;

/// <summary>A type reference in a document (spec 2.11 Type References).</summary>
public abstract record TypeNode : SyntaxNode
{
    /// <summary>The named type at the bottom of any list/non-null wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override NamedTypeNode NamedType => this;
}

public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override NamedTypeNode NamedType => Type.NamedType;
}

public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override NamedTypeNode NamedType => Type.NamedType;
}
