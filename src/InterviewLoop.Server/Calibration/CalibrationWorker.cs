using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Persistence.ReadModels;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Off the request path: fits the rater history at start-up, then recomputes the report of every loop whose
/// scorecards are all submitted and whose stored report is missing or older than the loop (so a report lost to
/// a crash or a failure is made at the next start), then serves <see cref="CalibrationQueue"/>: for each batch,
/// the loops that are complete get one refit of the history, then their reports. A failure is logged and
/// retried with backoff (<see cref="CalibrationRetries"/>); it never reaches the submit that caused it.
/// </summary>
internal sealed partial class CalibrationWorker(
    CalibrationQueue queue, CurrentRaters raters, LoopCalibrations calibrations, LoopQueries loops,
    StaleCalibrations stale, CalibrationRetries retries, ILogger<CalibrationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // start-up does not wait for the first fit
        await RunAsync(await CatchUpLoopsAsync(stoppingToken), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
            await RunAsync(await queue.TakeAllAsync(stoppingToken), stoppingToken);
    }

    private async Task RunAsync(IReadOnlyList<string> loopIds, CancellationToken ct)
    {
        try
        {
            var complete = await CompleteAsync(loopIds, ct);
            if (complete.Count == 0 && raters.Current.Position > 0) return;
            await raters.RefitAsync(ct);
            foreach (var loopId in complete) await ComputeAsync(loopId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RefitFailed(logger, e);
            foreach (var loopId in loopIds) retries.Later(loopId, ct);
        }
    }

    private async Task ComputeAsync(string loopId, CancellationToken ct)
    {
        try
        {
            await calibrations.ComputeAsync(loopId, CalibrationTriggers.AllSubmitted, ct);
            retries.Succeeded(loopId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            CalibrationFailed(logger, loopId, e);
            retries.Later(loopId, ct);
        }
    }

    private async Task<IReadOnlyList<string>> CompleteAsync(IReadOnlyList<string> loopIds, CancellationToken ct)
    {
        var complete = new List<string>();
        foreach (var loopId in loopIds)
            if ((await loops.FindLoopAsync(loopId, ct))?.State == LoopStates.ReadyForDebrief) complete.Add(loopId);
        return complete;
    }

    private async Task<IReadOnlyList<string>> CatchUpLoopsAsync(CancellationToken ct)
    {
        try
        {
            return await stale.FindAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            CatchUpFailed(logger, e);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for loops whose stored calibration is missing or stale failed")]
    private static partial void CatchUpFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fitting the rater history failed; the loops will be tried again")]
    private static partial void RefitFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Calibrating loop {LoopId} failed; it will be tried again, and can be recomputed on demand")]
    private static partial void CalibrationFailed(ILogger logger, string loopId, Exception error);
}
