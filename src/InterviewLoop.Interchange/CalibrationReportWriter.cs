using System.Text.Json;
using InterviewLoop.Calibration;
using InterviewLoop.Domain;

namespace InterviewLoop.Interchange;

/// <summary>
/// Writes a <see cref="CalibrationReport"/> as an indented <c>interviewloop.calibration/v1</c> document
/// matching <c>schemas/calibration-report.v1.schema.json</c> exactly: flags in report order with
/// <c>dimension</c> written as null when absent, severity <c>low|medium|high</c>, level
/// <c>{supported, confidence, target, dimensions}</c> with <c>supported</c> null when unknown, and every rating
/// raw beside calibrated. Confidence and calibrated values are rounded to 2 decimals.
/// </summary>
public static class CalibrationReportWriter
{
    /// <summary>The report text, without a trailing newline.</summary>
    public static string Write(CalibrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", DocumentSchemas.Calibration);
            w.WriteString("loopId", report.LoopId);
            w.WriteArray("flags", report.Flags, WriteFlag);
            w.WriteStartObject("level");
            if (report.Level.Supported is { } supported) w.WriteString("supported", supported.ToString());
            else w.WriteNull("supported");
            w.WriteNumber("confidence", Math.Round(Math.Clamp(report.Level.Confidence, 0, 1), 2));
            w.WriteString("target", report.Level.Target.ToString());
            w.WriteArray("dimensions", report.Level.Dimensions, WriteDimensionLevel);
            w.WriteEndObject();
            w.WriteArray("ratings", report.Ratings, WriteRating);
            w.WriteEndObject();
        });
    }

    private static void WriteFlag(Utf8JsonWriter w, Flag flag)
    {
        w.WriteStartObject();
        w.WriteString("kind", flag.Kind);
        w.WriteString("severity", flag.Severity.ToWire());
        w.WriteArray("rounds", flag.Rounds, (aw, id) => aw.WriteStringValue(id));
        w.WriteArray("interviewers", flag.Interviewers, (aw, id) => aw.WriteStringValue(id));
        if (flag.Dimension is null) w.WriteNull("dimension");
        else w.WriteString("dimension", flag.Dimension);
        w.WriteString("message", flag.Message);
        w.WriteArray("evidence", flag.Evidence, (ew, e) =>
        {
            ew.WriteStartObject();
            ew.WriteString("round", e.Round);
            ew.WriteString("interviewer", e.Interviewer);
            ew.WriteString("quote", e.Quote);
            ew.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteDimensionLevel(Utf8JsonWriter w, DimensionLevel level)
    {
        w.WriteStartObject();
        w.WriteString("dimension", level.Dimension);
        if (level.Supported is { } supported) w.WriteString("supported", supported.ToString());
        else w.WriteNull("supported");
        w.WriteNumber("confidence", Math.Round(Math.Clamp(level.Confidence, 0, 1), 2));
        w.WriteNumber("votes", level.Votes);
        w.WriteEndObject();
    }

    private static void WriteRating(Utf8JsonWriter w, CalibratedRating rating)
    {
        w.WriteStartObject();
        w.WriteString("round", rating.Round);
        w.WriteString("interviewer", rating.Interviewer);
        w.WriteString("dimension", rating.Dimension);
        w.WriteNumber("raw", rating.Raw);
        w.WriteNumber("calibrated", Math.Round(rating.Calibrated, 2));
        w.WriteEndObject();
    }
}
