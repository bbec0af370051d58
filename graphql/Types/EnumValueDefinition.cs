using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>One value of an enum type; <see cref="Value"/> is what resolvers see and return.</summary>
public sealed class EnumValueDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The runtime value; the name itself when not set.</summary>
    public object? Value { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    internal object RuntimeValue => Value ?? Name;

    public override string ToString() => Name;
}
