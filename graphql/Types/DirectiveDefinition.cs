using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition
{
    private readonly IReadOnlyList<InputValueDefinition> arguments = [];
    private Dictionary<string, InputValueDefinition> argumentsByName = [];

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<DirectiveLocation> Locations { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => arguments;
        init
        {
            arguments = value;
            argumentsByName = value.ToDictionary(argument => argument.Name);
        }
    }

    public bool IsRepeatable { get; init; }

    /// <summary>Directive deprecation, as graphql-js 16.15 supports it (<c>@deprecated</c> on DIRECTIVE_DEFINITION).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string name) => argumentsByName.GetValueOrDefault(name);

    public override string ToString() => "@" + Name;
}
