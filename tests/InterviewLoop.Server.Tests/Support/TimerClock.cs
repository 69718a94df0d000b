namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// A clock whose timers fire only when the test advances it (for backoffs, delays and a whole server's periodic
/// work); time never moves by itself. A periodic timer fires at most once per <see cref="Advance"/>, then is due
/// one period after the new time.
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

    /// <summary>Time moved on without firing timers (e.g. to let a check come due before its sweep).</summary>
    public void Skip(TimeSpan by)
    {
        lock (_lock) _now += by;
    }

    private sealed class PendingTimer(TimerClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                Due = clock._now + dueTime;
                clock._timers.Add(this);
            }
            return true;
        }

        public void Fire()
        {
            if (_period != Timeout.InfiniteTimeSpan && _period != TimeSpan.Zero) Change(_period, _period);
            callback(state);
        }

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
