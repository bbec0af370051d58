using Flowserv.GraphQL.Building.Conventions;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>What a <see cref="SchemaBuilder"/> was told, in registration order.</summary>
internal sealed class CodeFirstRegistrations
{
    public Type? Query { get; set; }

    public Type? Mutation { get; set; }

    public Type? Subscription { get; set; }

    public List<Type> Types { get; } = [];

    public List<Type> Extensions { get; } = [];

    public Dictionary<Type, Type[]> Unions { get; } = [];

    public List<ScalarType> Scalars { get; } = [];

    public List<KeyValuePair<Type, ScalarType>> ScalarBindings { get; } = [];

    public List<DirectiveDefinition> Directives { get; } = [];

    /// <summary>Per parameter type, a <c>Func&lt;IResolverContext, T&gt;</c> filling such parameters.</summary>
    public Dictionary<Type, Delegate> ContextValues { get; } = [];

    public string? Description { get; set; }

    public RelayRegistrations Relay { get; } = new();

    public MutationConventionRegistrations MutationConventions { get; } = new();
}
