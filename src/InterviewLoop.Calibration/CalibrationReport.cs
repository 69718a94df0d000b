using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration;

/// <summary>How much a flag should worry the hiring committee; wire names <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
public enum FlagSeverity
{
    /// <summary>Worth a glance.</summary>
    Low,

    /// <summary>Worth discussing in the debrief.</summary>
    Medium,

    /// <summary>Should be resolved before deciding.</summary>
    High,
}

/// <summary>A quote from a scorecard that caused a flag.</summary>
/// <param name="Round">Round id.</param>
/// <param name="Interviewer">Interviewer id.</param>
/// <param name="Quote">Text quoted from a note, the summary, a claim, or a rating rendered as text (e.g. "scope: 5").</param>
public sealed record FlagEvidence(string Round, string Interviewer, string Quote);

/// <summary>
/// One explainable finding. Kinds are the contract's names (e.g. <c>raters.halo</c>); see <see cref="FlagKinds"/>.
/// </summary>
/// <param name="Kind">Flag kind.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Rounds">Round ids it names, in loop order.</param>
/// <param name="Interviewers">Interviewer ids it names.</param>
/// <param name="Dimension">Rubric dimension id, or <c>null</c> when not about one dimension.</param>
/// <param name="Message">One sentence a committee member can read.</param>
/// <param name="Evidence">The quotes that caused it.</param>
public sealed record Flag(
    string Kind,
    FlagSeverity Severity,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Interviewers,
    string? Dimension,
    string Message,
    IReadOnlyList<FlagEvidence> Evidence);

/// <summary>The level the evidence supports, beside the loop's target.</summary>
/// <param name="Supported">Supported level, or <c>null</c> when there is no evidence yet.</param>
/// <param name="Confidence">0..1: how sure the service is of <paramref name="Supported"/>.</param>
/// <param name="Target">The loop's target level.</param>
public sealed record LevelSignal(Level? Supported, double Confidence, Level Target)
{
    /// <summary>The level each rated dimension's evidence supports, in the order first rated or noted; empty when not computed.</summary>
    public IReadOnlyList<DimensionLevel> Dimensions { get; init; } = [];

    /// <summary>Equal when every field is, comparing <see cref="Dimensions"/> element by element.</summary>
    public bool Equals(LevelSignal? other) =>
        other is not null && Supported == other.Supported && Confidence.Equals(other.Confidence) && Target == other.Target
        && Dimensions.SequenceEqual(other.Dimensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Supported, Confidence, Target, Dimensions.Count);
}

/// <summary>A raw rating beside its calibrated value (rater severity removed), both on the 1..5 scale.</summary>
/// <param name="Round">Round id.</param>
/// <param name="Interviewer">Interviewer id.</param>
/// <param name="Dimension">Dimension id.</param>
/// <param name="Raw">The rating given, 1..5.</param>
/// <param name="Calibrated">The rating with the rater's severity removed, clamped to 1..5; equals <paramref name="Raw"/> without rater history.</param>
public sealed record CalibratedRating(string Round, string Interviewer, string Dimension, int Raw, double Calibrated);

/// <summary>The calibration report of one loop (<c>interviewloop.calibration/v1</c>).</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="Flags">Findings, most severe first.</param>
/// <param name="Level">Leveling signal.</param>
/// <param name="Ratings">Every submitted rating, raw beside calibrated.</param>
public sealed record CalibrationReport(
    string LoopId, IReadOnlyList<Flag> Flags, LevelSignal Level, IReadOnlyList<CalibratedRating> Ratings);
