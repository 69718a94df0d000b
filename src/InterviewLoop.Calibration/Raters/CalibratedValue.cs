using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Raters;

/// <summary>How a rating's calibrated value is read from the fitted model (docs/decisions/0010).</summary>
public enum RaterCalibration
{
    /// <summary>
    /// The rating with its rater's severity removed, then pulled towards the candidate's profile
    /// (their ability plus the dimension's difficulty) by the share of the rater's noise in it:
    /// calibrated = profile + w·(raw + severity − profile), w = σ²(candidate×dimension) / (σ²(candidate×dimension) + σ²(rater noise)).
    /// Each interviewer keeps their own calibrated value; a noisy or halo rater is pulled further.
    /// </summary>
    PerRating,

    /// <summary>
    /// The cell's fair value: what an average rater would give this candidate on this dimension,
    /// pooling every rating of it (so interviewers of one cell share a value). Lower error, less
    /// individual.
    /// </summary>
    Pooled,
}

/// <summary>The calibrated value of one rating, on the 1..5 scale.</summary>
internal static class CalibratedValue
{
    public static double Of(RatingIndex x, FacetEstimates e, int i, RaterCalibration mode)
    {
        var value = mode == RaterCalibration.Pooled ? e.Fair(x, i) : PerRating(x, e, i);
        return Math.Clamp(value, Rating.Min, Rating.Max);
    }

    private static double PerRating(RatingIndex x, FacetEstimates e, int i)
    {
        var profile = e.Mu + e.A[x.Candidate[i]] + e.B[x.Dimension[i]];
        var weight = e.VarU / (e.VarU + e.Noise[x.Rater[i]]);
        return profile + weight * (x.Y[i] + e.S[x.Rater[i]] - profile);
    }
}
