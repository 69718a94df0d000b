namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// A clock whose timers fire only when the test advances it (for backoffs and delays); time never moves by
/// itself. Periodic timers are not needed by the code under test and are refused.
/// </summary>
public sealed class TimerClock : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<PendingTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 11, 5, 16, 30, 0, TimeSpan.Zero);

    /// <summary>Timers created and not yet fired or disposed.</summary>
    public int Pending
    {
        get { lock (_lock) return _timers.Count; }
    }

    /// <summary>Time until the earliest pending timer is due; <c>null</c> when none is pending.</summary>
    public TimeSpan? NextDueIn
    {
        get
        {
            lock (_lock) return _timers.Count == 0 ? null : _timers.Min(t => t.Due) - _now;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero) throw new NotSupportedException("periodic timers");
        var timer = new PendingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time on by <paramref name="by"/> and fires, in due order, every timer that came due.</summary>
    public void Advance(TimeSpan by)
    {
        List<PendingTimer> due;
        lock (_lock)
        {
            _now += by;
            due = _timers.Where(t => t.Due <= _now).OrderBy(t => t.Due).ToList();
            foreach (var t in due) _timers.Remove(t);
        }
        foreach (var t in due) t.Fire();
    }

    private sealed class PendingTimer(TimerClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                Due = clock._now + dueTime;
                clock._timers.Add(this);
            }
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._lock) clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
