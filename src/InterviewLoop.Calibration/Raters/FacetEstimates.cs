namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// The additive model's current estimates: rating ≈ Mu + A[candidate] + B[dimension] + U[cell] − S[rater],
/// with prior variances for the random facets and a noise variance per rater. Precisions (PrecA...)
/// are the posterior precisions of the last update, whose inverses are the estimates' variances.
/// </summary>
internal sealed class FacetEstimates(int candidates, int dimensions, int cells, int raters)
{
    /// <summary>Prior variance of a dimension's difficulty: weak, so the data decide it.</summary>
    public const double DimensionPriorVariance = 4;

    public double Mu;
    public double VarA = 0.25, VarU = 0.25, VarS = 0.25, PooledNoise = 0.5;
    public readonly double[] A = new double[candidates], B = new double[dimensions], U = new double[cells], S = new double[raters];
    public readonly double[] PrecA = new double[candidates], PrecU = new double[cells], PrecS = new double[raters];
    public readonly double[] Noise = Enumerable.Repeat(0.5, raters).ToArray();
    public readonly int[] RaterCount = new int[raters];

    /// <summary>Rating minus prediction per observation, kept current by every update (so no step recomputes predictions).</summary>
    public double[] Residual = [];

    /// <summary>Recomputes <see cref="Residual"/> from scratch for <paramref name="x"/>.</summary>
    public void InitResiduals(RatingIndex x)
    {
        Residual = new double[x.Count];
        for (var i = 0; i < x.Count; i++) Residual[i] = x.Y[i] - Predict(x, i);
    }

    /// <summary>What the model expects rating <paramref name="i"/> of <paramref name="x"/> to be.</summary>
    public double Predict(RatingIndex x, int i) => Mu + A[x.Candidate[i]] + B[x.Dimension[i]] + U[x.Cell[i]] - S[x.Rater[i]];

    /// <summary>The expected rating of an average rater (severity 0) for observation <paramref name="i"/>'s cell.</summary>
    public double Fair(RatingIndex x, int i) => Mu + A[x.Candidate[i]] + B[x.Dimension[i]] + U[x.Cell[i]];
}
