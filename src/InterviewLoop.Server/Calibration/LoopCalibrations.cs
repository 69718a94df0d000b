using InterviewLoop.Calibration;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Interchange;
using InterviewLoop.Packets.Sources;
using InterviewLoop.Persistence.Calibration;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Computes a loop's calibration report over every submitted scorecard, read from the event log with the
/// position it was read at, calibrates it with the current rater history, stores it in place of the last one
/// and tells the pages. Whoever reads it back applies the visibility rule (<see cref="CalibrationApi"/>).
/// </summary>
internal sealed class LoopCalibrations(
    IEventStore events, CalibrationReportStore store, CurrentRaters raters, CalibrationNotifier notifier, TimeProvider clock)
{
    private readonly LoopRecordReader _reader = new(events);

    /// <summary>
    /// Computes, stores and announces the report of <paramref name="loopId"/>; <paramref name="trigger"/> is one of
    /// <see cref="CalibrationTriggers"/>. Throws <see cref="Domain.NotFoundException"/> for an unknown loop.
    /// </summary>
    public async Task<StoredCalibration> ComputeAsync(string loopId, string trigger, CancellationToken ct)
    {
        var record = await _reader.ReadAsync(loopId, null, ct);
        var fit = raters.Current;
        var report = new LoopCalibrator(fit.History).Calibrate(record.Loop);
        var stored = new StoredCalibration(
            loopId, CalibrationReportWriter.Write(report), record.Position!.Global, fit.Position, clock.GetUtcNow(), trigger);
        await store.SaveAsync(stored, ct);
        await notifier.UpdatedAsync(stored);
        return stored;
    }
}
