using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Raters;

/// <summary>
/// Rater histories fitted straight from the event log on request (the command line): current means as of
/// the log's last position. Keeps the last fit, so many packets of one run share it.
/// </summary>
/// <param name="log">The event log.</param>
/// <param name="clock">Stamps fitted-at times.</param>
public sealed class LogRaterHistory(IEventLog log, TimeProvider clock) : IRaterHistorySource
{
    private readonly Lock _lock = new();
    private (long Position, Task<FittedRaters> Fit)? _last;

    /// <inheritdoc />
    public async Task<FittedRaters> CurrentAsync(CancellationToken ct = default) =>
        await AsOfAsync(await log.LastPositionAsync(ct), ct);

    /// <inheritdoc />
    public Task<FittedRaters> AsOfAsync(long position, CancellationToken ct = default)
    {
        if (position <= 0) return Task.FromResult(FittedRaters.None);
        Task<FittedRaters> fit;
        lock (_lock)
        {
            // Shared by every caller of the run: not cancelled by one of them.
            if (_last is not { } last || last.Position != position) _last = (position, RaterHistoryFitter.FitAsync(log, position, clock, CancellationToken.None));
            fit = _last.Value.Fit;
        }
        return fit.WaitAsync(ct);
    }
}
