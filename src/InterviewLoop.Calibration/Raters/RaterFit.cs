namespace InterviewLoop.Calibration.Raters;

/// <summary>The result of <see cref="RaterModel.FitRatings"/>.</summary>
public sealed class RaterFit
{
    internal RaterFit(RatingIndex index, FacetEstimates estimates, int sweeps, IReadOnlyList<RatingObservation> ratings, RaterModelOptions options)
    {
        Sweeps = sweeps;
        Calibration = options.Calibration;
        Spread = new RaterSpread(Math.Sqrt(estimates.VarA), Math.Sqrt(estimates.VarU), Math.Sqrt(estimates.VarS), Math.Sqrt(estimates.PooledNoise));
        Raters = index.Raters
            .Select((id, r) => Severity(id, r, estimates, options))
            .OrderBy(r => r.RaterId, StringComparer.Ordinal)
            .ToArray();
        Pooled = index.Candidates.Count >= options.MinCandidatesToPool;
        Ratings = ratings
            .Select((o, i) => new FairRating(o.Loop, o.Round, o.Interviewer, o.Dimension, o.Raw, Calibrated(index, estimates, i, o.Raw, options)))
            .ToArray();
        History = Pooled ? new RaterHistory(index, estimates, Raters, options.Calibration) : RaterHistory.FromSeverities(Raters);
    }

    /// <summary>
    /// True when the fit covered enough candidates (<see cref="RaterModelOptions.MinCandidatesToPool"/>) for calibrated
    /// values to pool evidence across a candidate's dimensions; false when they correct each rater's severity only.
    /// </summary>
    public bool Pooled { get; }

    /// <summary>Every rater in the data, by id (ordinal), with severity, standard error, count and the far-from-panel mark.</summary>
    public IReadOnlyList<RaterSeverity> Raters { get; }

    /// <summary>Every rating in input order, raw beside calibrated.</summary>
    public IReadOnlyList<FairRating> Ratings { get; }

    /// <summary>The estimated spread of each facet.</summary>
    public RaterSpread Spread { get; }

    /// <summary>How the calibrated values were read from the model.</summary>
    public RaterCalibration Calibration { get; }

    /// <summary>Sweeps the solver needed (at most <see cref="RaterModelOptions.MaxIterations"/>).</summary>
    public int Sweeps { get; }

    /// <summary>What <see cref="LoopCalibrator"/> needs to calibrate another loop's ratings with this history.</summary>
    public RaterHistory History { get; }

    private double Calibrated(RatingIndex index, FacetEstimates e, int i, int raw, RaterModelOptions options) =>
        Pooled ? CalibratedValue.Of(index, e, i, options.Calibration) : Math.Clamp(raw + e.S[index.Rater[i]], 1.0, 5.0);

    private static RaterSeverity Severity(string id, int r, FacetEstimates e, RaterModelOptions options)
    {
        var severity = e.S[r];
        var error = e.PrecS[r] > 0 ? Math.Sqrt(1 / e.PrecS[r]) : Math.Sqrt(e.VarS);
        var far = Math.Abs(severity) >= options.FarFromPanel && Math.Abs(severity) >= options.MinZ * error && e.RaterCount[r] >= options.MinRatings;
        return new RaterSeverity(id, severity, error, e.RaterCount[r], far) { Noise = Math.Sqrt(e.Noise[r]) };
    }
}
