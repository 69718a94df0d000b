using System.Globalization;
using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Server.Scoring.Coherence;

/// <summary>The coherence check's messages, addressed to the interviewer in the rubric's own names.</summary>
/// <param name="rubricId">The round's rubric, for dimension names.</param>
internal sealed class CoherenceWords(string rubricId)
{
    private readonly Rubric? _rubric = RubricCatalog.TryGet(rubricId, out var rubric) ? rubric : null;

    public CoherenceIssue Unsupported(string dimension, int rating, IReadOnlyList<string> notes)
    {
        var vague = notes.SelectMany(n => EvidenceQuality.Assess(n).VaguePhrases).Distinct(StringComparer.Ordinal).Take(3).ToArray();
        var why = notes.Count == 0
            ? "there is no evidence note on it"
            : "its note says nothing concrete yet (what they did, decided, built, or a number)";
        var hint = vague.Length == 0 ? "" : $"; words like {string.Join(", ", vague.Select(v => $"'{v}'"))} describe, they do not show";
        return new("unsupported_rating", dimension, Invariant($"You rated {Name(dimension)} {rating}, but {why}{hint}."));
    }

    public CoherenceIssue NoteMismatch(string dimension, int rating) =>
        new("note_mismatch", dimension, Invariant(
            $"Your note on {Name(dimension)} reads {(rating <= Rating.LowTo ? "as praise" : "as criticism")}, but you rated it {rating}."));

    public static CoherenceIssue SummaryMismatch(Scorecard card)
    {
        var mean = card.Ratings.Count > 0 ? Invariant($"your ratings average {card.Ratings.Values.Average():0.0}") : "you rated nothing";
        var recommendation = card.Recommendation is { } r ? $"you recommend {r.ToWire().Replace('_', ' ')}" : "you made no recommendation";
        return new("summary_mismatch", null, $"Your summary's tone points one way, your scores the other ({recommendation}; {mean}).");
    }

    public static CoherenceIssue Flat(Scorecard card)
    {
        var values = card.Ratings.Values.Distinct().Order().ToArray();
        var shape = values.Length == 1 ? Invariant($"every dimension you rated is a {values[0]}") : Invariant($"your ratings sit within {values[0]}..{values[^1]}");
        return new("flat_ratings", null, $"{char.ToUpperInvariant(shape[0])}{shape[1..]}: check each one stands on its own evidence, not on one overall impression.");
    }

    private string Name(string dimension) => _rubric?.Dimensions.FirstOrDefault(d => d.Id == dimension)?.Name ?? dimension;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
