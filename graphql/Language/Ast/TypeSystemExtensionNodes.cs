namespace Flowserv.GraphQL.Language.Ast;

/// <summary>A schema or type extension (spec 3.2.2, 3.4.3 and the per-kind "Extensions" sections).</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;

public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode;

public abstract record TypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemExtensionNode;

public sealed record ScalarTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode(Name, Directives);

public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode(Name, Directives);

public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode(Name, Directives);

public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode(Name, Directives);

public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode(Name, Directives);

public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode(Name, Directives);
