using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    public override string ToString() => Name;
}
