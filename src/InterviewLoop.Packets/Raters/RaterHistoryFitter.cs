using InterviewLoop.Calibration.Raters;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Raters;

/// <summary>
/// Fits the rater model (<see cref="RaterModel"/>) over every loop's submitted ratings as of a global
/// position: the log is replayed into a <see cref="RatingLedger"/> up to that position, loops in id
/// order. Deterministic: the same log and position give the same history.
/// </summary>
public static class RaterHistoryFitter
{
    private const int Page = 5000;

    /// <summary>A fresh fit of <paramref name="log"/> as of <paramref name="position"/>.</summary>
    public static async Task<FittedRaters> FitAsync(IEventLog log, long position, TimeProvider clock, CancellationToken ct = default)
    {
        var ledger = new RatingLedger();
        await CatchUpAsync(ledger, log, position, ct);
        return Fit(ledger, position, clock);
    }

    /// <summary>Applies to <paramref name="ledger"/> every event after its position up to <paramref name="position"/>.</summary>
    public static async Task CatchUpAsync(RatingLedger ledger, IEventLog log, long position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(log);
        var after = ledger.Position;
        while (after < position)
        {
            var events = await log.ReadAllAsync(after, position, Page, ct);
            if (events.Count == 0) break;
            foreach (var stored in events) ledger.Apply(stored);
            after = events[^1].Position;
        }
    }

    /// <summary>
    /// The fit of <paramref name="ledger"/>'s loops, labelled with <paramref name="position"/> (the position the
    /// ledger was caught up to, which may be past its last event when the newest events were not loops').
    /// </summary>
    public static FittedRaters Fit(RatingLedger ledger, long position, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(clock);
        var loops = ledger.Loops();
        var ratings = loops.SelectMany(RaterModel.Observations).ToArray();
        var fittedLoops = ratings.Select(r => r.Loop).Distinct(StringComparer.Ordinal).Count();
        var history = ratings.Length == 0 ? RaterHistory.Empty : RaterModel.FitRatings(ratings).History;
        return new FittedRaters(history, position, clock.GetUtcNow(), ratings.Length, fittedLoops);
    }
}
