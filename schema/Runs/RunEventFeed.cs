using System.Runtime.CompilerServices;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Runs;

/// <summary>
/// Run event streams as subscriptions deliver them: each event with its run as the caller may see it, events
/// of runs hidden from the caller left out. A subscription outlives its request, so every event's run is
/// loaded in a scope of its own.
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
        await foreach (var runEvent in events.WithCancellation(cancellationToken))
        {
            var run = await context.CallAsync<RunFeedService, Run?>(feeds => feeds.GetEventRunAsync(caller, runEvent, cancellationToken));
            if (run is not null)
            {
                yield return new RunEventObject(runEvent, run);
            }
        }
    }

    public static IRunEventBus Bus(IResolverContext context) => context.Services.GetRequiredService<IRunEventBus>();
}
