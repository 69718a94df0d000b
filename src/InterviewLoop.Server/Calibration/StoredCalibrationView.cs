using System.Text.Json;
using InterviewLoop.Persistence.Calibration;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// <c>GET /api/loops/{loopId}/calibration/latest</c> and the answer to <c>POST /api/loops/{loopId}/calibration</c>: the
/// stored report with what it was computed from, and whether the loop has moved on since.
/// </summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="Trigger"><c>all_submitted</c> (automatic) or <c>on_demand</c>.</param>
/// <param name="ComputedAt">When it was computed (UTC).</param>
/// <param name="LoopPosition">Global position of the loop's newest event it was computed from.</param>
/// <param name="CurrentLoopPosition">Global position of the loop's newest event now.</param>
/// <param name="Stale">True when the loop has events newer than the report (e.g. an amendment): recompute to include them.</param>
/// <param name="HistoryPosition">Global position the rater history it used was fitted at (0: none yet, calibrated equals raw).</param>
/// <param name="CurrentHistoryPosition">Global position of the server's current rater history.</param>
/// <param name="Summary">Level, confidence and flag counts.</param>
/// <param name="Report">The report itself (<c>interviewloop.calibration/v1</c>): every submitted rating raw beside calibrated.</param>
public sealed record StoredCalibrationView(
    string LoopId, string Trigger, DateTimeOffset ComputedAt, long LoopPosition, long CurrentLoopPosition, bool Stale,
    long HistoryPosition, long CurrentHistoryPosition, CalibrationSummary Summary, JsonElement Report)
{
    /// <summary>The view of <paramref name="stored"/> given the loop's and the history's current positions.</summary>
    public static StoredCalibrationView Of(StoredCalibration stored, long currentLoopPosition, long currentHistoryPosition)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var document = JsonDocument.Parse(stored.ReportJson);
        var report = document.RootElement.Clone();
        return new StoredCalibrationView(
            stored.LoopId, stored.Trigger, stored.ComputedAt, stored.LoopPosition, currentLoopPosition, IsStale(stored.LoopPosition, currentLoopPosition),
            stored.HistoryPosition, currentHistoryPosition, CalibrationSummary.Of(report), report);
    }

    /// <summary>True when a report computed at <paramref name="storedLoopPosition"/> misses events of a loop now at <paramref name="currentLoopPosition"/>.</summary>
    public static bool IsStale(long storedLoopPosition, long currentLoopPosition) => currentLoopPosition > storedLoopPosition;
}
