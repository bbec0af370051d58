using System.Collections.Concurrent;
using Flowserv.Engine.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Services;

/// <summary>
/// The runs of run events as feeds deliver them, loaded once per event for all of the event's subscribers: a
/// workflow's stream may have a thousand, and loading the run (in a scope of its own) for each of them made one
/// state change cost thousands of queries.
/// </summary>
/// <remarks>
/// What a caller may see is still decided per delivery, by the rule the shared load got from
/// <see cref="AccessPolicy.RunVisibilityAsync"/>. That rule holds the group's members as read by the event's first
/// delivery, so a membership change applies from the next event on, as when each subscriber read it itself a
/// moment later. A load is forgotten <see cref="Retention"/> after it completes (at once if it failed): enough
/// for one event's fan-out, and a subscriber replaying the event later reads the run as stored then.
/// </remarks>
public sealed class RunEventRuns(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(string StreamId, long Sequence), Lazy<Task<EventRun?>>> loads = new();

    /// <summary>
    /// The run <paramref name="runEvent"/> is about, with the state the event announced, or null when the caller
    /// may not see it; see <see cref="RunFeedService.LoadEventRunAsync"/>.
    /// </summary>
    public async Task<Run?> GetAsync(Caller caller, RunEvent runEvent, CancellationToken cancellationToken = default)
    {
        var key = (runEvent.StreamId, runEvent.Sequence);
        var load = loads.GetOrAdd(key, _ => new Lazy<Task<EventRun?>>(() => LoadAsync(key, runEvent)));
        var eventRun = await load.Value.WaitAsync(cancellationToken);
        return eventRun is not null && eventRun.IsVisibleTo(caller) ? eventRun.Run : null;
    }

    // Shared by every caller, so no caller's cancellation may end it.
    private async Task<EventRun?> LoadAsync((string, long) key, RunEvent runEvent)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var eventRun = await scope.ServiceProvider.GetRequiredService<RunFeedService>().LoadEventRunAsync(runEvent, CancellationToken.None);
            _ = ForgetLaterAsync(key);
            return eventRun;
        }
        catch
        {
            loads.TryRemove(key, out _);
            throw;
        }
    }

    private async Task ForgetLaterAsync((string, long) key)
    {
        await Task.Delay(Retention, clock);
        loads.TryRemove(key, out _);
    }
}
