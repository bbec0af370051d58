using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Runs;

/// <summary>
/// Run event streams as subscriptions deliver them: each event with its run as the caller may see it, events
/// of runs hidden from the caller left out. Every event's run is loaded once for all of its subscribers
/// (<see cref="RunEventRuns"/>), and subscribers with the same caller receive the same
/// <see cref="RunEventObject"/>, so that the response to the same subscription is executed once for all of them.
/// </summary>
internal static class RunEventFeed
{
    /// <summary>
    /// Each published event as each caller may see it (null: hidden from the caller), keyed by the event instance so
    /// that an entry lives exactly as long as some subscriber still holds the event.
    /// </summary>
    private static readonly ConditionalWeakTable<RunEvent, ConcurrentDictionary<Caller, RunEventObject?>> SharedEvents = new();

    /// <summary>The events of <paramref name="streamId"/> after <paramref name="afterSequence"/>, replayed, then live.</summary>
    public static IAsyncEnumerable<RunEventObject> FollowAsync(IResolverContext context, string streamId, long afterSequence) =>
        VisibleAsync(context, Bus(context).SubscribeAsync(streamId, afterSequence, CancellationToken.None), CancellationToken.None);

    /// <summary><paramref name="events"/> with their runs, without those the caller may not see.</summary>
    public static async IAsyncEnumerable<RunEventObject> VisibleAsync(
        IResolverContext context, IAsyncEnumerable<RunEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var caller = RequestCaller.Get(context);
        var eventRuns = context.Services.GetRequiredService<RunEventRuns>();
        await foreach (var runEvent in events.WithCancellation(cancellationToken))
        {
            var seenBy = SharedEvents.GetOrCreateValue(runEvent);
            if (!seenBy.TryGetValue(caller, out var visible))
            {
                var run = await eventRuns.GetAsync(caller, runEvent, cancellationToken);
                visible = seenBy.GetOrAdd(caller, run is null ? null : new RunEventObject(runEvent, run));
            }

            if (visible is not null)
            {
                yield return visible;
            }
        }
    }

    public static IRunEventBus Bus(IResolverContext context) => context.Services.GetRequiredService<IRunEventBus>();
}
