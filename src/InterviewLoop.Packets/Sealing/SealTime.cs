namespace InterviewLoop.Packets.Sealing;

/// <summary>Generated-at times of seals.</summary>
internal static class SealTime
{
    /// <summary>
    /// <paramref name="clock"/>'s time in whole UTC seconds: the seal line carries the time to the second, and a
    /// re-print must match it exactly.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
