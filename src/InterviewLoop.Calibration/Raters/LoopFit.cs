namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// Fits one candidate's ability and per-dimension abilities from one loop's ratings, holding the
/// history's severities, noise, difficulties and spreads fixed: the same posterior the full model
/// would give that candidate, at the cost of a few sweeps over a few dozen ratings.
/// </summary>
internal static class LoopFit
{
    public const int Sweeps = 50;

    public static IReadOnlyList<double> Calibrate(
        IReadOnlyList<RatingObservation> ratings,
        (double Mu, double VarA, double VarU) model,
        IReadOnlyDictionary<string, (double Severity, double Noise)> raters,
        IReadOnlyDictionary<string, double> difficulty,
        RaterCalibration mode)
    {
        var x = RatingIndex.Build(ratings);
        var e = new FacetEstimates(x.Candidates.Count, x.Dimensions.Count, x.CellCount, x.Raters.Count)
        {
            Mu = model.Mu, VarA = model.VarA, VarU = model.VarU,
        };
        for (var d = 0; d < x.Dimensions.Count; d++) e.B[d] = difficulty.GetValueOrDefault(x.Dimensions[d]);
        for (var r = 0; r < x.Raters.Count; r++) (e.S[r], e.Noise[r]) = raters[x.Raters[r]];
        var w = x.Rater.Select(r => 1 / e.Noise[r]).ToArray();
        e.InitResiduals(x);
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var moved = FacetSteps.Block(x, e, w, x.Candidate, e.A, e.PrecA, e.VarA, +1);
            if (Math.Max(moved, FacetSteps.Block(x, e, w, x.Cell, e.U, e.PrecU, e.VarU, +1)) < 1e-6) break;
        }
        return Enumerable.Range(0, x.Count).Select(i => CalibratedValue.Of(x, e, i, mode)).ToArray();
    }
}
