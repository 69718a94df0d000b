using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.Reasons;

/// <summary>
/// Reads the candidate's reasons for moving from a scorecard: every sentence of a note on
/// <c>transition_explanation</c>, and any other sentence that talks about leaving or looking
/// (<see cref="ReasonPatterns.MoveCue"/>), plus <c>reason_for_move</c> claims (value first, then quote).
/// </summary>
internal static class ReasonReader
{
    public const string Subject = "reason for moving";

    public static IEnumerable<Mention<IReadOnlySet<string>>> Read(SubmittedCard card, IReadOnlyList<CardSentence> sentences)
    {
        foreach (var sentence in sentences.Where(IsAboutMoving))
        {
            var categories = ReasonCategories.In(sentence.Lower);
            if (categories.Count > 0) yield return Mention(card, categories, sentence.Text, tagged: false);
        }
        foreach (var claim in card.Card.Claims.Where(c => c.Topic == ClaimTopic.ReasonForMove))
        {
            var categories = FromTag(claim);
            if (categories.Count > 0) yield return Mention(card, categories, claim.Quote ?? claim.Value, tagged: true);
        }
    }

    private static bool IsAboutMoving(CardSentence sentence) =>
        sentence.Dimension == "transition_explanation" || ReasonPatterns.MoveCue().IsMatch(sentence.Lower);

    private static IReadOnlySet<string> FromTag(Claim claim)
    {
        var value = claim.Value.Replace('_', ' ').ToLowerInvariant();
        if (ReasonCategories.All.Any(c => c.Id == claim.Value)) return new HashSet<string>([claim.Value], StringComparer.Ordinal);
        var categories = ReasonCategories.In(value);
        return categories.Count > 0 || claim.Quote is null ? categories : ReasonCategories.In(claim.Quote.ToLowerInvariant());
    }

    private static Mention<IReadOnlySet<string>> Mention(SubmittedCard card, IReadOnlySet<string> categories, string quote, bool tagged) =>
        new(card, Subject, categories, string.Join(" + ", categories.Select(ReasonCategories.Label)), Quotes.Text(quote), tagged);
}
