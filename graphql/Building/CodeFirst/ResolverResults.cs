using System.Runtime.CompilerServices;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Adapts what resolver methods return to the executor's delegates; compiled resolvers call these.
/// Completed tasks are unwrapped without allocating a state machine.
/// </summary>
internal static class ResolverResults
{
    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream) => new(AsObjects(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> task) =>
        AsObjects(await task.ConfigureAwait(false));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        AsObjects(await task.ConfigureAwait(false));

    /// <summary>Identity: a subscription field's value is the event itself.</summary>
    public static ValueTask<object?> Event(Execution.IResolverContext context) => new(context.Parent);

    private static async ValueTask<object?> AwaitAsync<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitAsync<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    /// <summary>Streams of reference types already are object streams (covariance); value types are boxed one by one.</summary>
    private static IAsyncEnumerable<object?> AsObjects<T>(IAsyncEnumerable<T> stream) =>
        stream as IAsyncEnumerable<object?> ?? (stream is null ? null! : Box(stream));

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
