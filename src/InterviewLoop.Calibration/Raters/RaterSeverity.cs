namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// How harsh or lenient one interviewer rates, from their history.
/// </summary>
/// <param name="RaterId">Interviewer id.</param>
/// <param name="Severity">
/// In rating points: how much lower than the panel this rater scores the same evidence (positive =
/// harsh, negative = lenient); the count-weighted mean over raters is 0.
/// </param>
/// <param name="StandardError">Posterior standard deviation of <paramref name="Severity"/>, in rating points.</param>
/// <param name="Count">Ratings by this rater the estimate rests on.</param>
/// <param name="FarFromPanel">
/// True when |severity| ≥ <see cref="RaterModelOptions.FarFromPanel"/>, at least
/// <see cref="RaterModelOptions.MinZ"/> standard errors from 0, over at least
/// <see cref="RaterModelOptions.MinRatings"/> ratings: worth raising with the rater and the committee.
/// </param>
public sealed record RaterSeverity(string RaterId, double Severity, double StandardError, int Count, bool FarFromPanel)
{
    /// <summary>
    /// Standard deviation of this rater's ratings around what the model expects, in rating points
    /// (0 when unknown). High for inconsistent or halo raters, whose ratings then count less.
    /// </summary>
    public double Noise { get; init; }
}

/// <summary>A raw rating beside its calibrated value, with the loop it belongs to.</summary>
/// <param name="Loop">Loop id.</param>
/// <param name="Round">Round id.</param>
/// <param name="Interviewer">Interviewer id.</param>
/// <param name="Dimension">Dimension id.</param>
/// <param name="Raw">The rating given, 1..5.</param>
/// <param name="Calibrated">What an average rater would give on this evidence, 1..5 (see <see cref="RaterModel"/>).</param>
public sealed record FairRating(string Loop, string Round, string Interviewer, string Dimension, int Raw, double Calibrated);

/// <summary>The spread of each facet the model estimated, as standard deviations in rating points.</summary>
/// <param name="Candidate">Between candidates' overall ability.</param>
/// <param name="CandidateDimension">Of a candidate's ability on one dimension around their overall ability.</param>
/// <param name="Severity">Between raters' severities.</param>
/// <param name="Noise">Of one rating around what the model expects (pooled over raters).</param>
public sealed record RaterSpread(double Candidate, double CandidateDimension, double Severity, double Noise);
