using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative;

/// <summary>
/// Splits a scorecard's notes (in the order written) and then its summary into sentences. A full
/// stop ends a sentence only before a capital, digit or symbol, so "1.2k", "e.g. retries" and
/// "vs. the old one" stay whole; a semicolon always ends a clause, because interviewers chain
/// separate facts with it ("his part was the backfill; another engineer ran the project").
/// </summary>
internal static partial class CardText
{
    public static IReadOnlyList<CardSentence> Sentences(SubmittedCard card)
    {
        var sources = card.Card.Notes.Select(n => (n.Dimension, n.Text)).Append((Dimension: (string?)null, Text: card.Card.Summary));
        return sources
            .SelectMany(s => Split(s.Text).Select(text => new CardSentence(card, s.Dimension, text)))
            .ToArray();
    }

    /// <summary>The non-blank sentences of <paramref name="text"/>, trimmed.</summary>
    public static IEnumerable<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>Splits a sentence into clauses at "but", "while", "whereas" and dashes, for scoping qualifiers.</summary>
    public static IEnumerable<(int Start, int End)> Clauses(string lower)
    {
        var start = 0;
        foreach (Match m in ClauseBoundary().Matches(lower))
        {
            yield return (start, m.Index);
            start = m.Index + m.Length;
        }
        yield return (start, lower.Length);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[^a-z])|;\s*|\r?\n+", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@",?\s+(?:but|while|whereas|although|though|yet)\s+|\s+[-–—]\s+|:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();
}
