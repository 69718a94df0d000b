using System.Globalization;

namespace InterviewLoop.Calibration;

/// <summary>How flags quote scorecards: trimmed text, and ratings rendered as "scope: 5".</summary>
internal static class Quotes
{
    /// <summary>Longest quote kept, in characters; longer text is cut at a word with an ellipsis.</summary>
    public const int MaxLength = 280;

    public static string Text(string text)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= MaxLength) return clean;
        var cut = clean.LastIndexOf(' ', MaxLength - 1);
        return string.Concat(clean.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength - 1), "…");
    }

    public static string Rating(string dimension, int value) =>
        string.Create(CultureInfo.InvariantCulture, $"{dimension}: {value}");

    public static string Ratings(IEnumerable<KeyValuePair<string, int>> ratings) =>
        string.Join(", ", ratings.Select(r => Rating(r.Key, r.Value)));

    public static FlagEvidence Of(SubmittedCard card, string quote) => new(card.RoundId, card.InterviewerId, quote);

    /// <summary>The card's rating of <paramref name="dimension"/> ("scope: 5"), then each of its notes on it.</summary>
    public static IReadOnlyList<FlagEvidence> RatingWithNotes(SubmittedCard card, string dimension) =>
        card.Card.NotesFor(dimension)
            .Select(n => Of(card, Text(n.Text)))
            .Prepend(Of(card, Rating(dimension, card.Card.Ratings[dimension])))
            .ToArray();
}
