namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// Fits rating = μ + candidate ability + dimension difficulty + candidate×dimension + (−rater severity) + noise
/// by Gauss-Seidel sweeps: each facet in turn takes its posterior mean given the others (a ridge step
/// whose penalty is noise/prior variance), then the prior variances and each rater's noise are
/// re-estimated from the estimates and their posterior variances (an EM step). Ratings are weighted
/// by their rater's noise precision, so a rater whose ratings fit poorly (a halo rater) counts less.
/// Linear in the number of ratings per sweep.
/// </summary>
internal static class AdditiveSolver
{
    public static (FacetEstimates Estimates, int Sweeps) Solve(RatingIndex x, RaterModelOptions options)
    {
        var e = new FacetEstimates(x.Candidates.Count, x.Dimensions.Count, x.CellCount, x.Raters.Count);
        e.Mu = x.Count == 0 ? 3 : x.Y.Average();
        foreach (var r in x.Rater) e.RaterCount[r]++;
        e.InitResiduals(x);
        var weights = new double[x.Count];
        var sweep = 0;
        while (sweep++ < options.MaxIterations)
        {
            for (var i = 0; i < x.Count; i++) weights[i] = 1 / e.Noise[x.Rater[i]];
            var moved = FacetSteps.Sweep(x, e, weights);
            VarianceSteps.Update(x, e, options.NoisePriorWeight);
            if (moved < options.Tolerance && sweep > 3) break;
        }
        return (e, Math.Min(sweep, options.MaxIterations));
    }
}
