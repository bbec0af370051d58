using System.Threading.Channels;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// The event bus of a cluster: every node LISTENs for the NOTIFY that each writing transaction sends on
/// commit (<see cref="RunEventNotifications"/>) and reads the announced rows for its own subscribers, so an
/// event committed on any node reaches subscribers on every node. The listener connection reconnects by
/// itself; afterwards every subscriber reads what it missed from the database, and the subscribers' sequence
/// numbers keep each stream in order without duplicates. Commits of this node are also handed to its
/// subscribers at once, so the node passes over its own notifications instead of reading those rows back.
/// </summary>
public sealed class PostgresRunEventBus : IRunEventBus, IAsyncDisposable, IDisposable
{
    /// <summary>The application name of the listener connections, so an operator (or a test) can find them.</summary>
    public const string ListenerApplicationName = "flowserv-run-events";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    // Tells this node's notifications from the others'.
    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly RunEventFollowers followers;
    private readonly string listenerConnectionString;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock startLock = new();

    // In notification order; null means "read everything you may have missed" (after each (re)connect).
    private readonly Channel<IReadOnlyList<StoredRange>?> announcements =
        Channel.CreateUnbounded<IReadOnlyList<StoredRange>?>(new UnboundedChannelOptions { SingleReader = true });

    private Task? running;

    public PostgresRunEventBus(IServiceScopeFactory scopes, EngineOptions options)
    {
        followers = new RunEventFollowers(scopes);
        // Unpooled, so losing it (or disposing it) closes the server session instead of returning it to a pool;
        // keep-alives notice a peer that vanished without closing the socket.
        listenerConnectionString = new NpgsqlConnectionStringBuilder(options.EffectiveDatabase.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 10,
            ApplicationName = ListenerApplicationName,
        }.ConnectionString;
    }

    public bool ReachesOtherNodes => true;

    public Task AnnounceToOtherNodesAsync(FlowservDbContext db, IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines, CancellationToken cancellationToken) =>
        RunEventNotifications.SendAsync(db, node, events, logLines, cancellationToken);

    public void Publish(IReadOnlyList<RunEvent> events, IReadOnlyList<RunLogLine> logLines) => followers.Publish(events, logLines);

    public IAsyncEnumerable<RunEvent> SubscribeAsync(string streamId, long afterSequence, CancellationToken cancellationToken)
    {
        EnsureListening();
        return followers.Events.FollowAsync(streamId, afterSequence, cancellationToken);
    }

    public IAsyncEnumerable<RunLogLine> SubscribeLogAsync(string runId, long afterSequence, CancellationToken cancellationToken)
    {
        EnsureListening();
        return followers.Logs.FollowAsync(runId, afterSequence, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (running is { } tasks)
        {
            await tasks;
        }
        stopping.Dispose();
    }

    // The loops end by themselves once canceled and close their connection on the way out.
    public void Dispose() => stopping.Cancel();

    // Lazily: a node nobody follows (a command-line call, most tests) needs no listener connection.
    private void EnsureListening()
    {
        lock (startLock)
        {
            running ??= Task.WhenAll(Task.Run(() => ListenAsync(stopping.Token)), Task.Run(() => DispatchAsync(stopping.Token)));
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listenerConnectionString);
                connection.Notification += (_, notification) =>
                {
                    if (!RunEventNotifications.IsFrom(notification.Payload, node))
                    {
                        announcements.Writer.TryWrite([.. RunEventNotifications.Parse(notification.Payload)]);
                    }
                };
                await connection.OpenAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {RunEventNotifications.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }
                announcements.Writer.TryWrite(null);
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                // The server went away, restarted, or ended this session: listen again after a pause.
                await DelayAsync(ReconnectDelay, cancellationToken);
            }
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var ranges in announcements.Reader.ReadAllAsync(cancellationToken))
            {
                if (ranges is null)
                {
                    followers.RequestCatchUp();
                    continue;
                }
                foreach (var range in ranges)
                {
                    await AnnounceAsync(range, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Hands the announced rows to this node's subscribers of that stream, if it has any.</summary>
    private async Task AnnounceAsync(StoredRange range, CancellationToken cancellationToken)
    {
        try
        {
            if (range.Kind == StoredKind.Event && followers.EventSubscribers.HasSubscribers(range.Key))
            {
                await followers.Events.AnnounceStoredAsync(range.Key, range.First, range.Last, cancellationToken);
            }
            else if (range.Kind == StoredKind.Log && followers.LogSubscribers.HasSubscribers(range.Key))
            {
                await followers.Logs.AnnounceStoredAsync(range.Key, range.First, range.Last, cancellationToken);
            }
        }
        catch (Exception error) when (error is NpgsqlException or IOException or TimeoutException)
        {
            // The rows are stored; each subscriber reads them itself (and reports the failure if it persists).
            followers.RequestCatchUp();
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The loop sees the cancellation and ends.
        }
    }
}
