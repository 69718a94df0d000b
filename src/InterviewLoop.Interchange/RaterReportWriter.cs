using System.Text.Json;
using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Interchange;

/// <summary>
/// Writes a <see cref="RaterFit"/> as an indented <c>interviewloop.raters/v1</c> document matching
/// <c>schemas/rater-report.v1.schema.json</c>: the model (kind, calibration: <c>per_rating</c>, <c>pooled</c>, or
/// <c>severity_only</c> when the fit covers too few candidates to pool; sweeps, loops, spread),
/// raters by id with severity, standard error, count, noise and the far-from-panel mark, then every
/// rating raw beside calibrated in input order. Reals are rounded to 2 decimals (3 for the spread).
/// </summary>
public static class RaterReportWriter
{
    /// <summary>The report text, without a trailing newline.</summary>
    public static string Write(RaterFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", DocumentSchemas.Raters);
            WriteModel(w, fit);
            w.WriteArray("raters", fit.Raters, WriteRater);
            w.WriteArray("ratings", fit.Ratings, WriteRating);
            w.WriteEndObject();
        });
    }

    private static void WriteModel(Utf8JsonWriter w, RaterFit fit)
    {
        w.WriteStartObject("model");
        w.WriteString("kind", "additive-shrinkage/v1");
        w.WriteString("calibration", !fit.Pooled ? "severity_only" : fit.Calibration == RaterCalibration.Pooled ? "pooled" : "per_rating");
        w.WriteNumber("sweeps", fit.Sweeps);
        w.WriteNumber("loops", fit.Ratings.Select(r => r.Loop).Distinct(StringComparer.Ordinal).Count());
        w.WriteStartObject("spread");
        w.WriteNumber("candidate", Math.Round(fit.Spread.Candidate, 3));
        w.WriteNumber("candidateDimension", Math.Round(fit.Spread.CandidateDimension, 3));
        w.WriteNumber("severity", Math.Round(fit.Spread.Severity, 3));
        w.WriteNumber("noise", Math.Round(fit.Spread.Noise, 3));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRater(Utf8JsonWriter w, RaterSeverity rater)
    {
        w.WriteStartObject();
        w.WriteString("id", rater.RaterId);
        w.WriteNumber("severity", JsonOutput.Round(rater.Severity, 2));
        w.WriteNumber("se", Math.Round(rater.StandardError, 2));
        w.WriteNumber("n", rater.Count);
        w.WriteNumber("noise", Math.Round(rater.Noise, 2));
        w.WriteBoolean("far", rater.FarFromPanel);
        w.WriteEndObject();
    }

    private static void WriteRating(Utf8JsonWriter w, FairRating rating)
    {
        w.WriteStartObject();
        w.WriteString("loop", rating.Loop);
        w.WriteString("round", rating.Round);
        w.WriteString("interviewer", rating.Interviewer);
        w.WriteString("dimension", rating.Dimension);
        w.WriteNumber("raw", rating.Raw);
        w.WriteNumber("calibrated", Math.Round(rating.Calibrated, 2));
        w.WriteEndObject();
    }
}
