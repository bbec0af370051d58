namespace Flowserv.GraphQL.Language.Ast;

/// <summary>A literal or variable in a document (spec 2.9 Input Values).</summary>
public abstract record ValueNode : SyntaxNode;

public sealed record VariableNode(NameNode Name) : ValueNode;

/// <summary>An integer literal kept as its source text so no precision is lost before coercion.</summary>
public sealed record IntValueNode(string Value) : ValueNode;

/// <summary>A float literal kept as its source text.</summary>
public sealed record FloatValueNode(string Value) : ValueNode;

/// <summary>A string literal after escape processing (and block-string dedent when <see cref="Block"/>).</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode;

public sealed record BooleanValueNode(bool Value) : ValueNode;

public sealed record NullValueNode : ValueNode;

public sealed record EnumValueNode(string Value) : ValueNode;

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;

public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode;
