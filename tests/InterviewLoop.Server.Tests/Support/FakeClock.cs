namespace InterviewLoop.Server.Tests.Support;

/// <summary>A clock that moves only when the test says so; starts the day the sample's round r4 is scheduled.</summary>
public sealed class FakeClock : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = new(2026, 11, 5, 16, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public void Set(DateTimeOffset now)
    {
        lock (_lock) _now = now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }
}
