using System.Collections.Concurrent;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Offers a loop whose calibration failed to <see cref="CalibrationQueue"/> again after a backoff (1 s,
/// doubling, at most 5 min), up to <see cref="MaxAttempts"/> times. After that the failure stays in the log,
/// the stored report stays missing or stale (the GET says so), and the next start or an on-demand recompute
/// makes it.
/// </summary>
internal sealed partial class CalibrationRetries(CalibrationQueue queue, TimeProvider clock, ILogger<CalibrationRetries> logger)
{
    /// <summary>Retries of one loop before giving up until the next start.</summary>
    public const int MaxAttempts = 8;

    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>Schedules <paramref name="loopId"/> again, unless it failed <see cref="MaxAttempts"/> times.</summary>
    public void Later(string loopId, CancellationToken ct)
    {
        var attempt = _attempts.AddOrUpdate(loopId, 1, (_, n) => n + 1);
        if (attempt > MaxAttempts)
        {
            GaveUp(logger, loopId, MaxAttempts);
            _attempts.TryRemove(loopId, out _);
            return;
        }
        var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempt - 1)));
        _ = Task.Delay(delay, clock, ct).ContinueWith(t => { if (!t.IsCanceled) queue.Offer(loopId); }, TaskScheduler.Default);
    }

    /// <summary>Forgets the failures of <paramref name="loopId"/>.</summary>
    public void Succeeded(string loopId) => _attempts.TryRemove(loopId, out _);

    [LoggerMessage(Level = LogLevel.Error, Message = "Calibrating loop {LoopId} failed {Attempts} times; giving up until the next start or an on-demand recompute")]
    private static partial void GaveUp(ILogger logger, string loopId, int attempts);
}
