namespace InterviewLoop.Persistence.Calibration;

/// <summary>One row of <c>calibration_reports</c> as read; properties match the SQL aliases.</summary>
internal sealed record CalibrationRow
{
    public string LoopId { get; init; } = "";

    public string ReportJson { get; init; } = "";

    public long LoopPosition { get; init; }

    public long HistoryPosition { get; init; }

    public string ComputedAt { get; init; } = "";

    public string TriggerKind { get; init; } = "";
}
