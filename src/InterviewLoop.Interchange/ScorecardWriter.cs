using System.Text.Json;
using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Interchange;

/// <summary>
/// Writes one scorecard object, ratings in <see cref="DimensionOrder"/> so that the output does not
/// depend on the order edits arrived in.
/// </summary>
internal static class ScorecardWriter
{
    public static void Write(Utf8JsonWriter w, Scorecard card, string rubricId)
    {
        w.WriteStartObject();
        w.WriteStartObject("interviewer");
        w.WriteString("id", card.InterviewerId);
        w.WriteString("displayName", card.InterviewerName);
        w.WriteEndObject();
        w.WriteOptional("submittedAt", card.SubmittedAt is { } at ? JsonOutput.Time(at) : null);
        w.WriteStartObject("ratings");
        foreach (var (dimension, value) in DimensionOrder.Sort(card.Ratings, rubricId)) w.WriteNumber(dimension, value);
        w.WriteEndObject();
        w.WriteOptional("recommendation", card.Recommendation?.ToWire());
        w.WriteOptional("levelRecommendation", card.LevelRecommendation?.ToString());
        w.WriteString("summary", card.Summary);
        w.WriteArray("notes", card.Notes, WriteNote);
        w.WriteArray("claims", card.Claims, WriteClaim);
        w.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter w, EvidenceNote note)
    {
        w.WriteStartObject();
        w.WriteOptional("dimension", note.Dimension);
        w.WriteString("text", note.Text);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim claim)
    {
        w.WriteStartObject();
        w.WriteString("topic", claim.Topic.ToWire());
        w.WriteString("value", claim.Value);
        w.WriteOptional("quote", claim.Quote);
        w.WriteOptional("subject", claim.Subject);
        w.WriteEndObject();
    }
}
