using Flowserv.Engine.Services;

namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>Remembers scheduled and canceled runs; can be told to fail scheduling.</summary>
internal sealed class RecordingScheduler : IRunScheduler
{
    public List<string> Scheduled { get; } = [];

    public List<string> Canceled { get; } = [];

    public bool FailNext { get; set; }

    public Task ScheduleAsync(string runId, CancellationToken cancellationToken)
    {
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("scheduler unavailable");
        }
        Scheduled.Add(runId);
        return Task.CompletedTask;
    }

    public Task CancelAsync(string runId, CancellationToken cancellationToken)
    {
        Canceled.Add(runId);
        return Task.CompletedTask;
    }
}
