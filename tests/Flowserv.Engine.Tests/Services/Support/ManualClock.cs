namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>A clock the test moves by hand, for token and reset-request expiry.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan duration) => Now += duration;
}
