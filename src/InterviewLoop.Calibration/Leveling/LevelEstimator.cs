using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// Estimates the level the loop's evidence supports. Each submitted scorecard of a lead (shadows' cards are
/// left out by the caller, <see cref="SubmittedCard.IsShadow"/>) votes with its level
/// recommendation and, on <c>senior-evidence/v1</c>, with the level its ratings imply
/// (<see cref="RatingBands"/>); <see cref="Votes"/> turns the votes into a level and a confidence.
/// No votes: supported is unknown, confidence 0.
/// </summary>
internal static class LevelEstimator
{
    public static LevelEstimate Estimate(IReadOnlyList<SubmittedCard> cards, Level target)
    {
        var votes = cards.SelectMany(c => CardVotes(c, target)).ToArray();
        var (supported, confidence) = Votes.Summarize(votes.Select(v => v.Level.Rank).ToArray());
        var level = supported is { } rank ? Level.FromRank(rank) : (Level?)null;
        return new LevelEstimate(new LevelSignal(level, confidence, target), votes);
    }

    private static IEnumerable<LevelVote> CardVotes(SubmittedCard card, Level target)
    {
        if (card.Card.LevelRecommendation is { } level)
            yield return new LevelVote(card, level, $"levelRecommendation: {level}");
        if (RatingBands.ImpliedVote(card, target) is { } implied) yield return implied;
    }
}
