namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// What a follower's live channel carries: an announced item, or (no item) word that announcements may have
/// been missed, e.g. while a bus was reconnecting, so the follower must read its stream from the database.
/// </summary>
internal readonly record struct LiveSignal<T>(T? Item)
    where T : class
{
    public static LiveSignal<T> CatchUp => default;
}
