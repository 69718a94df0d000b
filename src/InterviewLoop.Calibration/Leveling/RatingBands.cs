using System.Globalization;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// Reads a <c>senior-evidence/v1</c> scorecard's ratings as a level, using seed 003's bands of the
/// 7-dimension total (a partly rated card is scaled to 7 dimensions): 28-35, a credible case, is the
/// loop's target level; 18-27 one level below; 7-17 two below. The rubric is the bar the loop is
/// calibrated against, so its top band means "the target or above": on its own it votes for the target,
/// and on a card that also recommends a level above the target it gives no vote, leaving the card's one
/// vote to the recommendation it agrees with (were it to vote for the target, no loop could ever be read
/// above its target, since every such card would cast one vote at and one above it). Needs <see cref="MinRated"/> rated dimensions; other rubrics have no bands
/// and give no vote.
/// </summary>
internal static class RatingBands
{
    /// <summary>Fewest rated dimensions whose total is read as a level.</summary>
    public const int MinRated = 4;

    public static LevelVote? ImpliedVote(SubmittedCard card, Level target)
    {
        var rubric = SeniorEvidenceRubric.V1;
        var ratings = card.Card.Ratings;
        if (card.Round.Plan.RubricId != rubric.Id || ratings.Count < MinRated) return null;
        var total = (int)Math.Round(ratings.Values.Average() * rubric.Dimensions.Count, MidpointRounding.AwayFromZero);
        var band = rubric.BandFor(total);
        if (band is null) return null;
        var stepsBelowTop = rubric.Bands.Count(b => b.MinTotal > band.MinTotal);
        if (stepsBelowTop == 0 && card.Card.LevelRecommendation is { } recommended && recommended.Rank > target.Rank) return null;
        var level = Level.FromRank(Math.Clamp(target.Rank - stepsBelowTop, Level.MinRank, Level.MaxRank));
        var scaled = ratings.Count < rubric.Dimensions.Count ? $", scaled from {ratings.Count} rated dimensions" : "";
        var quote = string.Create(CultureInfo.InvariantCulture,
            $"senior-evidence total {total} of {rubric.Dimensions.Count * Rating.Max}{scaled}: {band.Reading}");
        return new LevelVote(card, level, quote);
    }
}
