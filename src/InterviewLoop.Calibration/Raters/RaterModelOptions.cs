namespace InterviewLoop.Calibration.Raters;

/// <summary>Settings of <see cref="RaterModel"/>; the defaults are the ones benchmarked in docs/benchmarks.md.</summary>
public sealed record RaterModelOptions
{
    /// <summary>Upper bound on sweeps over the ratings (each sweep updates every facet once). Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Stop when no estimate moved more than this, in rating points. Default 1e-5.</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>|Severity| in rating points from which a rater is far from the panel. Default 0.5 (one SD of typical severity).</summary>
    public double FarFromPanel { get; init; } = 0.5;

    /// <summary>Standard errors from 0 a far rater must also be, so uncertain estimates are not flagged. Default 2.</summary>
    public double MinZ { get; init; } = 2;

    /// <summary>Fewest ratings a far rater must have given, so thin histories are never flagged. Default 20.</summary>
    public int MinRatings { get; init; } = 20;

    /// <summary>
    /// Pseudo-ratings of pooled noise added to each rater's own noise estimate, so a rater with few
    /// ratings is not trusted (or distrusted) on a handful. Default 20.
    /// </summary>
    public double NoisePriorWeight { get; init; } = 20;

    /// <summary>
    /// Fewest candidates the fit must cover before calibrated values pool evidence across a candidate's
    /// dimensions. Pooling leans on the spread of abilities between candidates and of dimensions within one,
    /// which a handful of candidates cannot estimate: fitted over one loop, the model pulled an interviewer's
    /// 2 on one dimension to 3.0 and a 5 on another to 4.5, toward that candidate's own mean. Below this many
    /// candidates a calibrated rating is the raw rating corrected for the rater's severity only, clamped to
    /// 1..5 (docs/decisions/0010). Default 30.
    /// </summary>
    public int MinCandidatesToPool { get; init; } = 30;

    /// <summary>How calibrated values are read from the model. Default <see cref="RaterCalibration.PerRating"/>.</summary>
    public RaterCalibration Calibration { get; init; } = RaterCalibration.PerRating;

    /// <summary>The defaults.</summary>
    public static RaterModelOptions Default { get; } = new();
}
