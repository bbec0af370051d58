using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6).</summary>
public sealed class FieldDefinition
{
    private readonly IReadOnlyList<InputValueDefinition> arguments = [];
    private Dictionary<string, InputValueDefinition> argumentsByName = [];

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required GraphQLType Type { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => arguments;
        init
        {
            arguments = value;
            argumentsByName = value.ToDictionary(argument => argument.Name);
        }
    }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Produces the field's value; null means the default resolver (parent property or key).</summary>
    public Execution.FieldResolver? Resolver { get; init; }

    /// <summary>Produces the source event stream of a subscription root field.</summary>
    public Execution.SubscribeResolver? Subscriber { get; init; }

    /// <summary>The cost this field adds to an operation's complexity (each evaluation).</summary>
    public int Cost { get; init; } = 1;

    /// <summary>Arguments whose integer value multiplies the cost of the field's selection (e.g. <c>first</c>).</summary>
    public IReadOnlyList<string> CostMultipliers { get; init; } = [];

    /// <summary>
    /// The fields of the selection the multipliers apply to (a connection's <c>edges</c> and <c>nodes</c>, as the cost
    /// specification's <c>@listSize(sizedFields:)</c>); empty means the whole selection. Asking a connection only for
    /// <c>totalCount</c> or <c>pageInfo</c> then costs the same whatever <c>first</c> says.
    /// </summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    public FieldDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string name) => argumentsByName.GetValueOrDefault(name);

    public override string ToString() => $"{Name}: {Type}";
}
