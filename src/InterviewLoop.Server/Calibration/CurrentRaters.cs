using InterviewLoop.Grains.Storage;
using InterviewLoop.Packets.Raters;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// The server's rater history: the rater model fitted over every loop's submitted scorecards in the event
/// log, as of a global position (docs/decisions/0015). Readers take <see cref="Current"/> (swapped
/// atomically, never half-built); <see cref="RefitAsync"/> catches its ledger up with the log and fits
/// again, one refit at a time. Before the first fit there is no history: calibrated equals raw.
/// </summary>
/// <param name="log">The event log.</param>
/// <param name="clock">Stamps fitted-at times.</param>
internal sealed class CurrentRaters(IEventLog log, TimeProvider clock) : IRaterHistorySource, IDisposable
{
    private readonly SemaphoreSlim _refitting = new(1, 1);
    private readonly RatingLedger _ledger = new();
    private volatile FittedRaters _current = FittedRaters.None;

    /// <summary>The newest fit (history, the position it was fitted at, when).</summary>
    public FittedRaters Current => _current;

    /// <summary>Reads the events appended since the last fit and fits again as of the log's last position.</summary>
    public async Task<FittedRaters> RefitAsync(CancellationToken ct)
    {
        await _refitting.WaitAsync(ct);
        try
        {
            var position = await log.LastPositionAsync(ct);
            if (position == _current.Position) return _current;
            await RaterHistoryFitter.CatchUpAsync(_ledger, log, position, ct);
            return _current = RaterHistoryFitter.Fit(_ledger, position, clock);
        }
        finally
        {
            _refitting.Release();
        }
    }

    /// <inheritdoc />
    public Task<FittedRaters> CurrentAsync(CancellationToken ct = default) => Task.FromResult(_current);

    /// <inheritdoc />
    /// <remarks>The current fit when it is at <paramref name="position"/>; otherwise a fresh fit from the log.</remarks>
    public Task<FittedRaters> AsOfAsync(long position, CancellationToken ct = default)
    {
        var current = _current;
        if (position == current.Position) return Task.FromResult(current);
        return position <= 0 ? Task.FromResult(FittedRaters.None) : RaterHistoryFitter.FitAsync(log, position, clock, ct);
    }

    public void Dispose() => _refitting.Dispose();
}
