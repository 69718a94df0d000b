using InterviewLoop.Calibration.Rules;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration;

/// <summary>
/// The calibration service: reads a loop's submitted scorecards and reports explainable flags, a
/// leveling signal and every rating raw beside calibrated. Pure and deterministic (same snapshot,
/// same report); references the domain only. Flags, each naming rounds and interviewers and quoting
/// what caused it: <c>level.target_mismatch</c>, <c>level.divergence</c>, <c>raters.disagreement</c>,
/// <c>feedback.score_mismatch</c>, <c>raters.halo</c>, <c>evidence.unsupported_rating</c> (their
/// rules and thresholds are documented on the internal rule classes in <c>Rules/</c>). Flags are
/// ordered most severe first, then in that kind order, then in loop order. The <c>narrative.*</c>
/// kinds are not produced yet. Without rater history, calibrated equals raw.
/// </summary>
public sealed class LoopCalibrator : ILoopCalibrator
{
    private static readonly IFlagRule[] Rules =
    [
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
