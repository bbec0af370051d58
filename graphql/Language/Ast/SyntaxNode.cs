namespace Flowserv.GraphQL.Language.Ast;

/// <summary>A source range: UTF-8 byte offsets plus the 1-based line and column (in code points) of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>Base of every AST node. Every node produced by the parser carries its source location.</summary>
public abstract record SyntaxNode
{
    public Location Location { get; init; }
}

/// <summary>A GraphQL name with its own location (so errors can point at the name itself).</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override string ToString() => Value;
}
