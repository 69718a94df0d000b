using System.Globalization;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>A clock that moves only when told to.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static FakeClock At(string iso) => new(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
