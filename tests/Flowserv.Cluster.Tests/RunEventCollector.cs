using Flowserv.Engine.Data;

namespace Flowserv.Cluster.Tests;

internal static class RunEventCollector
{
    /// <summary>
    /// The events of a subscription up to and including the one <paramref name="last"/> accepts, failing the
    /// test with <paramref name="context"/> instead of hanging when it does not come.
    /// </summary>
    public static async Task<List<RunEvent>> CollectUntilAsync(
        this IAsyncEnumerable<RunEvent> events, Func<List<RunEvent>, bool> last, Func<string> context, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var received = new List<RunEvent>();
        try
        {
            await foreach (var runEvent in events.WithCancellation(cancel.Token))
            {
                received.Add(runEvent);
                if (last(received))
                {
                    return received;
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Reported below.
        }
        Assert.Fail($"after {received.Count} events the expected ones did not come within {timeout}:\n{context()}");
        return received;
    }
}
