namespace InterviewLoop.Calibration.Raters;

/// <summary>One Gauss-Seidel sweep over the facets of <see cref="FacetEstimates"/>.</summary>
internal static class FacetSteps
{
    /// <summary>Updates μ, abilities, difficulties, cells and severities once; returns the largest change, in rating points.</summary>
    public static double Sweep(RatingIndex x, FacetEstimates e, double[] w)
    {
        var moved = Block(x, e, w, x.Candidate, e.A, e.PrecA, e.VarA, +1);
        moved = Math.Max(moved, Block(x, e, w, x.Dimension, e.B, null, FacetEstimates.DimensionPriorVariance, +1));
        moved = Math.Max(moved, Block(x, e, w, x.Cell, e.U, e.PrecU, e.VarU, +1));
        moved = Math.Max(moved, Block(x, e, w, x.Rater, e.S, e.PrecS, e.VarS, -1));
        moved = Math.Max(moved, Mu(x, e, w));
        return Math.Max(moved, Center(e));
    }

    // Each group's posterior mean given every other facet: Σ w·partial / (Σ w + 1/prior), where
    // partial is the rating minus everything but this facet (sign −1 for severity, which is
    // subtracted). Residuals are then moved by each group's change, keeping them current.
    internal static double Block(RatingIndex x, FacetEstimates e, double[] w, int[] group, double[] values, double[]? precision, double prior, int sign)
    {
        var num = new double[values.Length];
        var den = new double[values.Length];
        var r = e.Residual;
        for (var i = 0; i < x.Count; i++)
        {
            var g = group[i];
            num[g] += w[i] * (sign * r[i] + values[g]);
            den[g] += w[i];
        }
        var moved = 0.0;
        for (var g = 0; g < values.Length; g++)
        {
            var p = den[g] + 1 / prior;
            var next = num[g] / p;
            moved = Math.Max(moved, Math.Abs(next - values[g]));
            num[g] = next - values[g];
            values[g] = next;
            if (precision is not null) precision[g] = p;
        }
        for (var i = 0; i < x.Count; i++) r[i] -= sign * num[group[i]];
        return moved;
    }

    private static double Mu(RatingIndex x, FacetEstimates e, double[] w)
    {
        double num = 0, den = 0;
        for (var i = 0; i < x.Count; i++)
        {
            num += w[i] * e.Residual[i];
            den += w[i];
        }
        var step = den > 0 ? num / den : 0;
        e.Mu += step;
        for (var i = 0; i < x.Count; i++) e.Residual[i] -= step;
        return Math.Abs(step);
    }

    // Abilities and difficulties average 0 and severities average 0 per rating (so severity reads
    // "relative to the panel"); μ absorbs the shifts, leaving every prediction unchanged.
    private static double Center(FacetEstimates e)
    {
        var a = e.A.Length > 0 ? e.A.Average() : 0;
        var b = e.B.Length > 0 ? e.B.Average() : 0;
        var total = e.RaterCount.Sum();
        var s = total > 0 ? e.S.Select((v, r) => v * e.RaterCount[r]).Sum() / total : 0;
        for (var i = 0; i < e.A.Length; i++) e.A[i] -= a;
        for (var i = 0; i < e.B.Length; i++) e.B[i] -= b;
        for (var i = 0; i < e.S.Length; i++) e.S[i] -= s;
        e.Mu += a + b - s;
        return Math.Max(Math.Abs(a), Math.Max(Math.Abs(b), Math.Abs(s)));
    }
}
