namespace Flowserv.GraphQL.Execution;

/// <summary>A GraphQL request as a client sends it (the GraphQL-over-HTTP request parameters).</summary>
public sealed record GraphQLRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>A JSON object (<see cref="System.Text.Json.JsonElement"/>), a plain map, or null.</summary>
    public object? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// False refuses a mutation with <see cref="ErrorCodes.OperationNotAllowed"/> before it executes
    /// (GraphQL over HTTP: GET must not change state).
    /// </summary>
    public bool AllowMutations { get; init; } = true;
}
