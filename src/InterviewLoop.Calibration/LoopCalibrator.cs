using InterviewLoop.Calibration.Rules;
using InterviewLoop.Calibration.Rules.Narrative;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration;

/// <summary>
/// The calibration service: reads a loop's submitted scorecards (drafts are ignored) and reports
/// explainable flags, a leveling signal and every rating raw beside calibrated. Pure and
/// deterministic (same snapshot, same report); references the domain only. Each flag names its
/// rounds and interviewers and quotes the ratings and notes that caused it:
/// <list type="bullet">
/// <item><c>level.target_mismatch</c>: the supported level differs from the target with confidence ≥ 0.5.</item>
/// <item><c>level.divergence</c>: level recommendations span two or more levels (low when neighbouring).</item>
/// <item><c>raters.disagreement</c>: two interviewers in the same round rate one dimension 2+ apart (never across rounds).</item>
/// <item><c>feedback.score_mismatch</c>: clearly positive or negative words against the same interviewer's scores.</item>
/// <item><c>raters.halo</c>: a flat card (≥ 5 rated, spread ≤ 1, ≥ 70% equal) with concrete notes on ≤ 1/3 of its dimensions.</item>
/// <item><c>evidence.unsupported_rating</c>: a 1-2 or 4-5 without a concrete note on that dimension (<see cref="Evidence.EvidenceQuality"/>).</item>
/// </list>
/// Exact rules and severities are documented on the rule classes in <c>Rules/</c>; the level
/// signal on <c>Leveling/LevelEstimator</c>. Flags are ordered most severe first, then in the
/// order above, then in loop order. The <c>narrative.*</c> kinds are not produced yet. Without
/// rater history, calibrated equals raw.
/// </summary>
public sealed class LoopCalibrator : ILoopCalibrator
{
    private static readonly IFlagRule[] Rules =
    [
        new ReasonForMoveRule(),
        new OwnershipRule(),
        new MetricRule(),
        new TargetRoleRule(),
        new TimelineRule(),
        new TargetMismatchRule(),
        new LevelDivergenceRule(),
        new DisagreementRule(),
        new ScoreMismatchRule(),
        new HaloRule(),
        new UnsupportedRatingRule(),
    ];

    /// <inheritdoc />
    public CalibrationReport Calibrate(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var context = CalibrationContext.Of(loop);
        var flags = Rules.SelectMany(r => r.Find(context)).OrderByDescending(f => f.Severity).ToArray();
        var ratings = context.Cards
            .SelectMany(c => c.Ratings.Select(r => new CalibratedRating(c.RoundId, c.InterviewerId, r.Key, r.Value, r.Value)))
            .ToArray();
        return new CalibrationReport(loop.LoopId, flags, context.Level.Signal, ratings);
    }
}
