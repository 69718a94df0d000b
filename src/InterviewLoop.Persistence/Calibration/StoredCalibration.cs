namespace InterviewLoop.Persistence.Calibration;

/// <summary>What made the server compute a stored calibration report.</summary>
public static class CalibrationTriggers
{
    /// <summary>Computed automatically: every panel member of every round had submitted.</summary>
    public const string AllSubmitted = "all_submitted";

    /// <summary>Asked for by someone (hiring committee, recruiter, admin).</summary>
    public const string OnDemand = "on_demand";

    /// <summary>True for one of the two names above.</summary>
    public static bool IsKnown(string trigger) => trigger is AllSubmitted or OnDemand;
}

/// <summary>A loop's latest calibration report as stored in <c>calibration_reports</c>.</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="ReportJson">The report, an <c>interviewloop.calibration/v1</c> document over every submitted scorecard.</param>
/// <param name="LoopPosition">Global event-log position of the loop's newest event when it was computed (≥ 1).</param>
/// <param name="HistoryPosition">Global position the rater history was fitted at (0: no history).</param>
/// <param name="ComputedAt">When it was computed (UTC).</param>
/// <param name="Trigger"><see cref="CalibrationTriggers.AllSubmitted"/> or <see cref="CalibrationTriggers.OnDemand"/>.</param>
public sealed record StoredCalibration(
    string LoopId, string ReportJson, long LoopPosition, long HistoryPosition, DateTimeOffset ComputedAt, string Trigger);
