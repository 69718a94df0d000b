using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// Estimates the level the loop's evidence supports. Each submitted scorecard votes with its level
/// recommendation and, on <c>senior-evidence/v1</c>, with the level its ratings imply
/// (<see cref="RatingBands"/>). Supported = the lower median vote (the cautious one of two middle
/// votes). Confidence = agreement × n / (n + 2): agreement is the mean over votes of 1 (same level),
/// 0.5 (one level off) or 0; the count factor keeps one or two votes from sounding sure
/// (1 vote → 0.33, 4 → 0.67, 8 → 0.8). No votes: supported is unknown, confidence 0.
/// </summary>
internal static class LevelEstimator
{
    public static LevelEstimate Estimate(IReadOnlyList<SubmittedCard> cards, Level target)
    {
        var votes = cards.SelectMany(c => Votes(c, target)).ToArray();
        if (votes.Length == 0) return new LevelEstimate(new LevelSignal(null, 0, target), votes);
        var ranks = votes.Select(v => v.Level.Rank).Order().ToArray();
        var supported = ranks[(ranks.Length - 1) / 2];
        var agreement = ranks.Average(r => Math.Abs(r - supported) switch { 0 => 1.0, 1 => 0.5, _ => 0.0 });
        var confidence = Math.Round(agreement * ranks.Length / (ranks.Length + 2.0), 2);
        return new LevelEstimate(new LevelSignal(Level.FromRank(supported), confidence, target), votes);
    }

    private static IEnumerable<LevelVote> Votes(SubmittedCard card, Level target)
    {
        if (card.Card.LevelRecommendation is { } level)
            yield return new LevelVote(card, level, $"levelRecommendation: {level}");
        if (RatingBands.ImpliedVote(card, target) is { } implied) yield return implied;
    }
}
