using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// Rater severity across many loops: an additive model with shrinkage (docs/decisions/0010) fitted
/// jointly over candidate ability, dimension difficulty, candidate×dimension ability and rater
/// severity, with a noise level per rater. Returns each rater's severity in rating points with its
/// standard error and count, and every rating raw beside calibrated (<see cref="RaterCalibration"/>:
/// by default the rating with its rater's severity removed, pulled towards the candidate's profile
/// across dimensions). Raw ratings are never replaced. Pure and deterministic; linear time per sweep.
/// </summary>
public static class RaterModel
{
    /// <summary>Fits the submitted ratings of <paramref name="loops"/> (drafts are ignored).</summary>
    public static RaterFit Fit(IEnumerable<LoopSnapshot> loops, RaterModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loops);
        return FitRatings(loops.SelectMany(Observations).ToArray(), options);
    }

    /// <summary>Fits <paramref name="ratings"/> directly (e.g. rows of the server's read model).</summary>
    public static RaterFit FitRatings(IReadOnlyList<RatingObservation> ratings, RaterModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= RaterModelOptions.Default;
        var index = RatingIndex.Build(ratings);
        var (estimates, sweeps) = AdditiveSolver.Solve(index, options);
        return new RaterFit(index, estimates, sweeps, ratings, options);
    }

    /// <summary>The submitted ratings of <paramref name="loop"/>, in round, scorecard and rubric order.</summary>
    public static IEnumerable<RatingObservation> Observations(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return SubmittedCard.Of(loop).SelectMany(c => c.Ratings.Select(r =>
            new RatingObservation(loop.LoopId, loop.Candidate.Id, c.RoundId, c.InterviewerId, r.Key, r.Value)));
    }
}
