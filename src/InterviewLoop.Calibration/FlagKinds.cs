namespace InterviewLoop.Calibration;

/// <summary>Flag kind names of the exchange contract (shared/spec/loop-document.md).</summary>
public static class FlagKinds
{
    /// <summary>The reason for moving falls in different categories in different rounds.</summary>
    public const string ReasonForMove = "narrative.reason_for_move";

    /// <summary>The candidate's role in one project differs across rounds.</summary>
    public const string Ownership = "narrative.ownership";

    /// <summary>A number about the same thing differs across rounds beyond a tolerance.</summary>
    public const string Metric = "narrative.metric";

    /// <summary>The role shape, track or level wanted differs across rounds.</summary>
    public const string TargetRole = "narrative.target_role";

    /// <summary>Dates or tenure differ across rounds.</summary>
    public const string Timeline = "narrative.timeline";

    /// <summary>Written feedback contradicts the same interviewer's ratings or recommendation.</summary>
    public const string ScoreMismatch = "feedback.score_mismatch";

    /// <summary>A rating at 4-5 or 1-2 with no concrete evidence for its dimension.</summary>
    public const string UnsupportedRating = "evidence.unsupported_rating";

    /// <summary>Interviewers' ratings of one dimension differ by 2 or more.</summary>
    public const string Disagreement = "raters.disagreement";

    /// <summary>One scorecard rates every dimension (nearly) the same with little specific evidence.</summary>
    public const string Halo = "raters.halo";

    /// <summary>An interviewer in the loop rates far from the panel across their history (needs rater history).</summary>
    public const string RaterSeverity = "raters.severity";

    /// <summary>Level recommendations span 2 or more levels.</summary>
    public const string LevelDivergence = "level.divergence";

    /// <summary>The supported level differs from the target level.</summary>
    public const string TargetMismatch = "level.target_mismatch";
}
