using InterviewLoop.Calibration.Leveling;
using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration;

/// <summary>What every flag rule reads: the loop, its submitted scorecards and the level estimate.</summary>
/// <param name="Loop">The loop.</param>
/// <param name="Cards">Submitted scorecards in round, then scorecard order.</param>
/// <param name="Level">The leveling estimate with the votes behind it.</param>
/// <param name="Narrative">What the candidate was recorded saying, read from notes, summaries and claims.</param>
/// <param name="History">Rater history; <see cref="RaterHistory.Empty"/> when there is none.</param>
/// <param name="Ratings">Every submitted rating, raw beside calibrated, in card then rubric order.</param>
internal sealed record CalibrationContext(
    LoopSnapshot Loop, IReadOnlyList<SubmittedCard> Cards, LevelEstimate Level, NarrativeReading Narrative,
    RaterHistory History, IReadOnlyList<CalibratedRating> Ratings)
{
    public static CalibrationContext Of(LoopSnapshot loop, RaterHistory history, LevelMap map)
    {
        var cards = SubmittedCard.Of(loop);
        var observations = RaterModel.Observations(loop).ToArray();
        var calibrated = history.Calibrate(observations);
        var ratings = observations.Select((o, i) => new CalibratedRating(o.Round, o.Interviewer, o.Dimension, o.Raw, calibrated[i])).ToArray();
        var voting = cards.Where(c => !c.IsShadow).ToArray();
        var level = LevelEstimator.Estimate(voting, loop.Role.TargetLevel);
        level = level with { Signal = level.Signal with { Dimensions = DimensionLevels.Estimate(voting, ratings, loop.Role.TargetLevel, map) } };
        return new CalibrationContext(loop, cards, level, NarrativeReading.Of(cards), history, ratings);
    }

    /// <summary>Round ids of <paramref name="cards"/>, distinct, in loop order.</summary>
    public IReadOnlyList<string> RoundsOf(IEnumerable<SubmittedCard> cards)
    {
        var ids = cards.Select(c => c.RoundId).ToHashSet(StringComparer.Ordinal);
        return Loop.Rounds.Select(r => r.Plan.RoundId).Where(ids.Contains).ToArray();
    }
}
