using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Projections;

/// <summary>An amendment in words: "Amended rating of Scope: 3 → 4", "Amended recommendation: Yes → Strong yes".</summary>
internal static class AmendmentText
{
    // Notes and summaries can be long; the audit line shows their start, the scorecard shows them whole.
    private const int TextPreview = 80;

    public static string Of(FieldChange change) => change.Field switch
    {
        ScorecardField.Rating => $"Amended rating of {Labels.DimensionName(change.Dimension ?? "")}: {Value(change.From)} → {Value(change.To)}",
        ScorecardField.Note => $"Amended the note on {(change.Dimension is null ? "the whole interview" : Labels.DimensionName(change.Dimension))}: {Quote(change.From)} → {Quote(change.To)}",
        ScorecardField.Recommendation => $"Amended recommendation: {Recommendation(change.From)} → {Recommendation(change.To)}",
        ScorecardField.LevelRecommendation => $"Amended level recommendation: {Value(change.From)} → {Value(change.To)}",
        _ => $"Amended summary: {Quote(change.From)} → {Quote(change.To)}",
    };

    private static string Value(string? value) => value ?? "none";

    private static string Recommendation(string? wire) =>
        WireNames.TryParse<Recommendation>(wire, out var r) ? Labels.Humanize(r.ToWire()) : Value(wire);

    private static string Quote(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "empty"
        : text.Length <= TextPreview ? $"“{text}”"
        : $"“{text[..TextPreview].TrimEnd()}…”";
}
