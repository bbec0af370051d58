namespace Flowserv.GraphQL.Execution;

/// <summary>
/// A response (spec 7.1): <see cref="Data"/> in selection order, the errors, and extensions.
/// <see cref="HasData"/> tells <c>"data": null</c> (execution started, null propagated to the root) from a
/// response without a data entry (a request error).
/// </summary>
public sealed class ExecutionResult
{
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Set on a response that many subscribers receive (<see cref="ISharedSourceEvent"/>), which is then serialized once for all of them.</summary>
    internal bool IsShared { get; private init; }

    /// <summary>The response as compact JSON written with <see cref="ExecutionResultWriter.Options"/>, serialized on first use.</summary>
    internal byte[] Json => field ??= ExecutionResultWriter.Serialize(this);

    /// <summary>A response that failed before execution began: errors only, no data entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    internal ExecutionResult AsShared() => new() { Data = Data, HasData = HasData, Errors = Errors, Extensions = Extensions, IsShared = true };
}
