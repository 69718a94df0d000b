using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Board;

/// <summary>One loop's stored calibration on the board: the summary only, never a rating.</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="ComputedAt">When it was computed (UTC).</param>
/// <param name="Trigger"><c>all_submitted</c> or <c>on_demand</c>.</param>
/// <param name="Stale">True when the loop has events newer than the report.</param>
/// <param name="Summary">Supported level, confidence, flag counts by severity.</param>
public sealed record BoardCalibration(string LoopId, DateTimeOffset ComputedAt, string Trigger, bool Stale, CalibrationSummary Summary);

/// <summary>
/// The stored calibrations of the loops on a board. The summary is read from colleagues' ratings, so a watcher who
/// still owes a scorecard in a loop gets none for it (docs/decisions/0005), as on every path that reads the report.
/// </summary>
internal sealed class BoardCalibrations(CalibrationReportStore store, LoopStandings standings)
{
    /// <summary>For each of <paramref name="loopIds"/> with a stored report that <paramref name="user"/> may read, its summary.</summary>
    public async Task<IReadOnlyList<BoardCalibration>> ForAsync(CurrentUser user, IEnumerable<string> loopIds, CancellationToken ct)
    {
        var shown = new List<BoardCalibration>();
        foreach (var loopId in loopIds.Distinct(StringComparer.Ordinal))
        {
            if ((await standings.OfLoopAsync(loopId, ct)).Owes(user.Id)) continue;
            if (await store.FindAsync(loopId, ct) is not { } stored) continue;
            var stale = StoredCalibrationView.IsStale(stored.LoopPosition, await store.LoopPositionAsync(loopId, ct));
            shown.Add(new BoardCalibration(loopId, stored.ComputedAt, stored.Trigger, stale, CalibrationSummary.Of(stored.ReportJson)));
        }
        return shown;
    }
}
