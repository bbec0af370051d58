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
/// (<see cref="RunEventRuns"/>).
/// </summary>
internal static class RunEventFeed
{
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
            var run = await eventRuns.GetAsync(caller, runEvent, cancellationToken);
            if (run is not null)
            {
                yield return new RunEventObject(runEvent, run);
            }
        }
    }

    public static IRunEventBus Bus(IResolverContext context) => context.Services.GetRequiredService<IRunEventBus>();
}
