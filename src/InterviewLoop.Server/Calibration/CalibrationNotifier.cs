using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Server.Scoring;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Tells the recruiter boards and the loop's debrief pages that a stored calibration report changed. The
/// notice carries no rating, level or flag: pages read the report through <see cref="CalibrationApi"/>, which
/// applies the visibility rule per user (a board watcher may still owe a scorecard in that loop).
/// A push that fails is logged; the report itself is stored.
/// </summary>
internal sealed partial class CalibrationNotifier(IHubContext<ScoringHub, IScoringClient> hub, ILogger<CalibrationNotifier> logger)
{
    public async Task UpdatedAsync(StoredCalibration stored)
    {
        var notice = new CalibrationNotice(stored.LoopId, stored.ComputedAt, stored.Trigger, stored.LoopPosition, stored.HistoryPosition);
        try
        {
            await hub.Clients.Groups(ScoringGroups.Board, ScoringGroups.Debrief(stored.LoopId)).CalibrationUpdated(notice);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            PushFailed(logger, stored.LoopId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The calibration notice for loop {LoopId} could not be pushed; the report is stored")]
    private static partial void PushFailed(ILogger logger, string loopId, Exception error);
}
