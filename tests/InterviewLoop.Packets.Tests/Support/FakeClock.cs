namespace InterviewLoop.Packets.Tests.Support;

/// <summary>A clock that says what the test tells it.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
