using System.Text.Json;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>Everything one execution needs (spec 6.1 ExecuteRequest's inputs, plus host services).</summary>
public sealed class ExecutionArgs
{
    public required GraphQLSchema Schema { get; init; }

    /// <summary>A validated document.</summary>
    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variables: a JSON object (<see cref="JsonElement"/>), a plain map, or null.</summary>
    public object? VariableValues { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider Services { get; init; } = EmptyServiceProvider.Instance;

    public IDictionary<string, object?> RequestData { get; init; } = new Dictionary<string, object?>();

    public CancellationToken CancellationToken { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;
}

/// <summary>The service provider used when the host provides none.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
