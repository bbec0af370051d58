namespace Flowserv.Engine.Execution.Events;

/// <summary>What a <see cref="StoredRange"/> counts: run events of a stream, or log lines of a run.</summary>
internal enum StoredKind
{
    Event,
    Log,
}

/// <summary>Items <see cref="First"/> to <see cref="Last"/> of a run event stream or (<see cref="StoredKind.Log"/>) a run's log.</summary>
internal sealed record StoredRange(StoredKind Kind, string Key, long First, long Last);
