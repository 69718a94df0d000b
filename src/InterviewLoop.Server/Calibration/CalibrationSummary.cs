using System.Text.Json;

namespace InterviewLoop.Server.Calibration;

/// <summary>What a board or a debrief notice shows of a stored report: level, confidence, flag counts by severity.</summary>
/// <param name="Supported">The level the evidence supports (<c>L1</c>..<c>L8</c>), or <c>null</c> without evidence.</param>
/// <param name="Confidence">0..1, two decimals.</param>
/// <param name="Target">The loop's target level.</param>
/// <param name="High">Flags of severity high.</param>
/// <param name="Medium">Flags of severity medium.</param>
/// <param name="Low">Flags of severity low.</param>
/// <param name="Ratings">Submitted ratings in the report.</param>
/// <param name="Adjusted">Ratings whose calibrated value differs from the raw one (raters with history).</param>
public sealed record CalibrationSummary(string? Supported, double Confidence, string Target, int High, int Medium, int Low, int Ratings, int Adjusted)
{
    /// <summary>All flags.</summary>
    public int Flags => High + Medium + Low;

    /// <summary>Reads the summary of an <c>interviewloop.calibration/v1</c> report given as JSON text.</summary>
    public static CalibrationSummary Of(string reportJson)
    {
        using var document = JsonDocument.Parse(reportJson);
        return Of(document.RootElement);
    }

    /// <summary>Reads the summary of an <c>interviewloop.calibration/v1</c> report.</summary>
    public static CalibrationSummary Of(JsonElement report)
    {
        var level = report.GetProperty("level");
        var severities = report.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToArray();
        var ratings = report.GetProperty("ratings").EnumerateArray().ToArray();
        return new CalibrationSummary(
            level.GetProperty("supported").GetString(),
            level.GetProperty("confidence").GetDouble(),
            level.GetProperty("target").GetString()!,
            severities.Count(s => s == "high"),
            severities.Count(s => s == "medium"),
            severities.Count(s => s == "low"),
            ratings.Length,
            ratings.Count(r => r.GetProperty("raw").GetDouble() != r.GetProperty("calibrated").GetDouble()));
    }
}
