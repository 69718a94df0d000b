using System.Globalization;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Reads one field of a scorecard as the text a <see cref="ScorecardChange"/> would carry.</summary>
public static class ScorecardFieldValues
{
    /// <summary>
    /// The value of <paramref name="field"/> (and <paramref name="dimension"/> for ratings and notes):
    /// a rating as <c>"1"</c>..<c>"5"</c>, a dimension's notes joined by new lines, a recommendation's
    /// wire name, a level as <c>L4</c>, the summary; <c>null</c> when the field is empty.
    /// </summary>
    public static string? Of(Scorecard card, ScorecardField field, string? dimension) => field switch
    {
        ScorecardField.Rating => dimension is not null && card.Ratings.TryGetValue(dimension, out var r) ? r.ToString(CultureInfo.InvariantCulture) : null,
        ScorecardField.Note => Blank(string.Join("\n", card.Notes.Where(n => n.Dimension == dimension).Select(n => n.Text))),
        ScorecardField.Recommendation => card.Recommendation?.ToWire(),
        ScorecardField.LevelRecommendation => card.LevelRecommendation?.ToString(),
        ScorecardField.Summary => Blank(card.Summary),
        _ => null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
