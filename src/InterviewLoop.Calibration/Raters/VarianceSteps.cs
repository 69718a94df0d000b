namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// The EM step of <see cref="AdditiveSolver"/>: each prior variance becomes the mean of its facet's
/// squared estimates plus their posterior variances, and each rater's noise the mean squared
/// residual of their ratings (plus the prediction's variance), shrunk towards the pooled noise by
/// <see cref="RaterModelOptions.NoisePriorWeight"/> pseudo-ratings.
/// </summary>
internal static class VarianceSteps
{
    private const double Floor = 1e-3;

    // Ratings are whole numbers: rounding alone puts 1/12 of a point squared of noise in each.
    private const double NoiseFloor = 1.0 / 12;

    public static void Update(RatingIndex x, FacetEstimates e, double noisePriorWeight)
    {
        e.VarA = Prior(e.A, e.PrecA);
        e.VarU = Prior(e.U, e.PrecU);
        e.VarS = Prior(e.S, e.PrecS);
        var squares = new double[e.S.Length];
        double total = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var residual = e.Residual[i];
            var spread = 1 / e.PrecA[x.Candidate[i]] + 1 / e.PrecU[x.Cell[i]] + 1 / e.PrecS[x.Rater[i]];
            squares[x.Rater[i]] += residual * residual + spread;
            total += residual * residual + spread;
        }
        e.PooledNoise = Math.Max(NoiseFloor, x.Count > 0 ? total / x.Count : e.PooledNoise);
        for (var r = 0; r < e.S.Length; r++)
            e.Noise[r] = Math.Max(NoiseFloor, (squares[r] + noisePriorWeight * e.PooledNoise) / (e.RaterCount[r] + noisePriorWeight));
    }

    private static double Prior(double[] values, double[] precision)
    {
        if (values.Length == 0) return 0.25;
        double sum = 0;
        for (var i = 0; i < values.Length; i++) sum += values[i] * values[i] + 1 / precision[i];
        return Math.Max(Floor, sum / values.Length);
    }
}
