using InterviewLoop.Calibration.Raters;
using InterviewLoop.Calibration.Rules;
using InterviewLoop.Calibration.Rules.Narrative;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration;

/// <summary>
/// The calibration service: reads a loop's submitted scorecards (drafts are ignored) the way a
/// careful hiring-committee member would, and reports explainable flags, a leveling signal (overall
/// and per dimension) and every rating raw beside calibrated. It assists; it never decides. Pure and
/// deterministic (same snapshot and history, same report), rule-based and statistical, no remote
/// service; references the domain only. Each flag names its rounds and interviewers and quotes
/// what caused it:
/// <list type="bullet">
/// <item><c>narrative.reason_for_move</c>, <c>narrative.ownership</c>, <c>narrative.metric</c>,
/// <c>narrative.target_role</c>, <c>narrative.timeline</c>: the candidate's claims, read from notes and
/// summaries (and structured claims when tagged; see <see cref="CandidateClaims"/>), disagree across
/// rounds; paraphrases and unit variants are normalised first (docs/decisions/0011).</item>
/// <item><c>level.target_mismatch</c>: the supported level differs from the target with confidence ≥ 0.5.</item>
/// <item><c>level.divergence</c>: level recommendations span two or more levels (low when neighbouring).</item>
/// <item><c>raters.disagreement</c>: two interviewers in the same round rate one dimension 2+ apart (never across rounds).</item>
/// <item><c>feedback.score_mismatch</c>: clearly positive or negative words against the same interviewer's scores.</item>
/// <item><c>raters.halo</c>: a flat card (≥ 5 rated, spread ≤ 1, ≥ 70% equal) with concrete notes on ≤ 1/3 of its dimensions.</item>
/// <item><c>raters.severity</c>: with rater history only, an interviewer far from the panel (<see cref="Raters.RaterSeverity.FarFromPanel"/>).</item>
/// <item><c>evidence.unsupported_rating</c>: a 1-2 or 4-5 without a concrete note on that dimension (<see cref="Evidence.DimensionEvidence"/>).</item>
/// </list>
/// Exact rules and severities are documented on the rule classes in <c>Rules/</c> and the readers in
/// <c>Narrative/</c>; the level signal on <c>Leveling/</c>. Flags are ordered most severe first, then
/// in the order above, then in loop order. Without rater history calibrated equals raw; with it
/// (<see cref="RaterModel"/>), ratings by known raters are calibrated and raw ones stay beside them.
/// Measured accuracy and speed: docs/benchmarks.md.
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
        new RaterSeverityRule(),
        new UnsupportedRatingRule(),
    ];

    private readonly RaterHistory _history;
    private readonly LevelMap _levelMap;

    /// <summary>A calibrator without rater history (calibrated ratings equal raw ones) on seed 001's level map.</summary>
    public LoopCalibrator()
        : this(null)
    {
    }

    /// <summary>
    /// A calibrator with rater <paramref name="history"/> (see <see cref="LoopCalibrator(RaterHistory?)"/>) and an
    /// organisation's <paramref name="levelMap"/>, used to read the level-map cues of the per-dimension leveling signal.
    /// </summary>
    public LoopCalibrator(RaterHistory? history, LevelMap levelMap)
    {
        ArgumentNullException.ThrowIfNull(levelMap);
        _history = history ?? RaterHistory.Empty;
        _levelMap = levelMap;
    }

    /// <summary>
    /// A calibrator that calibrates ratings with <paramref name="history"/> (typically
    /// <see cref="RaterFit.History"/> of a <see cref="RaterModel"/> fitted over past loops): ratings
    /// by raters it knows get calibrated values, and raters it marks far from the panel are flagged
    /// (<c>raters.severity</c>). Ratings by raters it does not know stay raw.
    /// </summary>
    public LoopCalibrator(RaterHistory? history)
        : this(history, LevelMap.Default)
    {
    }

    /// <inheritdoc />
    public CalibrationReport Calibrate(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var context = CalibrationContext.Of(loop, _history, _levelMap);
        var flags = Rules.SelectMany(r => r.Find(context)).OrderByDescending(f => f.Severity).ToArray();
        return new CalibrationReport(loop.LoopId, flags, context.Level.Signal, context.Ratings);
    }
}
