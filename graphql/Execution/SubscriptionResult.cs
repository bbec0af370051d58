namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The outcome of subscribing (spec 6.2.3): a response stream, or a single result when the request
/// failed before a source stream existed.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? result)
    {
        Stream = stream;
        Result = result;
    }

    /// <summary>One response per source event; stop enumerating to end the subscription.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Set instead of <see cref="Stream"/> when subscribing failed.</summary>
    public ExecutionResult? Result { get; }

    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(stream, null);

    public static SubscriptionResult FromResult(ExecutionResult result) => new(null, result);
}
