using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required GraphQLType Type { get; init; }

    /// <summary>The default as a constant literal, coerced per use; printed as-is in introspection and SDL.</summary>
    public ValueNode? DefaultValue { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => $"{Name}: {Type}";
}
