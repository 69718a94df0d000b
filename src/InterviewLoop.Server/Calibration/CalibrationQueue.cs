using System.Threading.Channels;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Loops whose scorecards changed in a way that may complete them (a submit, an amendment, a new panel or an
/// import), for <see cref="CalibrationWorker"/>. Offering never waits, so a submit is never held up by
/// calibration; the worker takes everything queued at once, so a burst of submits costs one refit.
/// </summary>
internal sealed class CalibrationQueue
{
    private readonly Channel<string> _loops = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues <paramref name="loopId"/> to be checked.</summary>
    public void Offer(string loopId) => _loops.Writer.TryWrite(loopId);

    /// <summary>Waits for at least one loop, then returns every loop queued (each once, in first-queued order).</summary>
    public async Task<IReadOnlyList<string>> TakeAllAsync(CancellationToken ct)
    {
        await _loops.Reader.WaitToReadAsync(ct);
        var taken = new List<string>();
        while (_loops.Reader.TryRead(out var loopId))
            if (!taken.Contains(loopId, StringComparer.Ordinal)) taken.Add(loopId);
        return taken;
    }
}
