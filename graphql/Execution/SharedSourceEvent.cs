using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// A subscription source event that a source stream hands, as the same instance, to many subscribers. By
/// yielding it, the stream promises that the response to an operation does not depend on which of these
/// subscribers asks (e.g. one instance per event and caller identity), so the executor runs and serializes each
/// operation's response once for all of them instead of once per subscriber.
/// </summary>
public interface ISharedSourceEvent
{
    SharedResponses Responses { get; }
}

/// <summary>The responses computed for one shared source event, one per document, operation and variables.</summary>
public sealed class SharedResponses
{
    private readonly ConcurrentDictionary<SharedOperation, Task<ExecutionResult?>> responses = new();

    /// <summary>
    /// The response the first subscriber to ask computed with <paramref name="execute"/> and its
    /// <paramref name="state"/> (a state rather than a closure: every subscriber asks, and most find the response
    /// there). A response computed while its subscriber was leaving is not shared (it may reflect the
    /// subscriber's disposed services): the others then execute for themselves.
    /// </summary>
    internal async Task<ExecutionResult> GetOrExecuteAsync<TState>(
        SharedOperation operation, Func<TState, Task<ExecutionResult>> execute, TState state, CancellationToken subscriberLeaving)
    {
        if (!responses.TryGetValue(operation, out var response))
        {
            var computing = new TaskCompletionSource<ExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            response = responses.GetOrAdd(operation, computing.Task);
            if (response == computing.Task)
            {
                return await ComputeAsync(operation, computing, execute, state, subscriberLeaving).ConfigureAwait(false);
            }
        }

        return await response.ConfigureAwait(false) ?? await execute(state).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ComputeAsync<TState>(
        SharedOperation operation,
        TaskCompletionSource<ExecutionResult?> computing,
        Func<TState, Task<ExecutionResult>> execute,
        TState state,
        CancellationToken subscriberLeaving)
    {
        ExecutionResult result;
        try
        {
            result = await execute(state).ConfigureAwait(false);
        }
        catch
        {
            responses.TryRemove(operation, out _);
            computing.SetResult(null);
            throw;
        }

        if (subscriberLeaving.IsCancellationRequested)
        {
            responses.TryRemove(operation, out _);
            computing.SetResult(null);
            return result;
        }

        var shared = result.AsShared();
        computing.SetResult(shared);
        return shared;
    }
}

/// <summary>What makes two subscriptions' responses to the same shared event equal: the same parsed document, operation and variables.</summary>
internal readonly record struct SharedOperation(DocumentNode Document, string? OperationName, string Variables)
{
    /// <summary>
    /// The subscription's key, or null when its variables hold more than plain JSON values (e.g. a host's objects,
    /// which cannot be compared by their JSON text).
    /// </summary>
    public static SharedOperation? Of(ExecutionArgs args) => args.VariableValues switch
    {
        null => new SharedOperation(args.Document, args.OperationName, ""),
        JsonElement json => new SharedOperation(args.Document, args.OperationName, json.GetRawText()),
        IReadOnlyDictionary<string, object?> map when IsPlain(map) => new SharedOperation(args.Document, args.OperationName, ToJson(map)),
        _ => null,
    };

    /// <summary>Whether <paramref name="value"/> is what <see cref="PlainValues.FromJson"/> makes of JSON.</summary>
    private static bool IsPlain(object? value) => value switch
    {
        null or string or bool or long or double => true,
        object?[] items => items.All(IsPlain),
        IReadOnlyDictionary<string, object?> map => map.Values.All(IsPlain),
        _ => false,
    };

    private static string ToJson(IReadOnlyDictionary<string, object?> variables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExecutionResultWriter.WriteValue(writer, variables);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
