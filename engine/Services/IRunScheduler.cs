namespace Flowserv.Engine.Services;

/// <summary>
/// Hands runs to the execution layer. <see cref="RunService"/> calls <see cref="ScheduleAsync"/> inside the
/// database transaction that inserts the PENDING run (available as the scoped context's
/// <c>Database.CurrentTransaction</c>): if scheduling throws, the insert is rolled back, so a run is never
/// stored without a job nor a job scheduled for a run that does not exist.
/// </summary>
public interface IRunScheduler
{
    Task ScheduleAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Stops the run's job or process if it has one; called before the run is stored as CANCELED.</summary>
    Task CancelAsync(string runId, CancellationToken cancellationToken);
}
