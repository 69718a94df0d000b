namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// What a rater model learned from past loops, for calibrating one more loop
/// (<see cref="LoopCalibrator"/>): each known rater's severity and noise, each
/// dimension's difficulty and the spread of abilities. Immutable; safe to share between threads.
/// </summary>
public sealed class RaterHistory
{
    private readonly Dictionary<string, RaterSeverity> _raters;
    private readonly Dictionary<string, (double Severity, double Noise)> _raterFacets;
    private readonly Dictionary<string, double> _difficulty;
    private readonly (double Mu, double VarA, double VarU)? _model;
    private readonly RaterCalibration _mode;

    internal RaterHistory(RatingIndex index, FacetEstimates e, IReadOnlyList<RaterSeverity> raters, RaterCalibration mode)
    {
        _mode = mode;
        _raters = raters.ToDictionary(r => r.RaterId, StringComparer.Ordinal);
        _raterFacets = index.Raters.Select((id, r) => (id, r)).ToDictionary(x => x.id, x => (e.S[x.r], e.Noise[x.r]), StringComparer.Ordinal);
        _difficulty = index.Dimensions.Select((id, d) => (id, d)).ToDictionary(x => x.id, x => e.B[x.d], StringComparer.Ordinal);
        _model = (e.Mu, e.VarA, e.VarU);
    }

    private RaterHistory(IEnumerable<RaterSeverity> severities)
    {
        _raters = severities.ToDictionary(r => r.RaterId, StringComparer.Ordinal);
        _raterFacets = _raters.ToDictionary(r => r.Key, r => (r.Value.Severity, 0.0), StringComparer.Ordinal);
        _difficulty = new Dictionary<string, double>(StringComparer.Ordinal);
        _model = null;
    }

    /// <summary>A history that knows nobody: calibrated equals raw.</summary>
    public static RaterHistory Empty { get; } = new([]);

    /// <summary>
    /// A history from stored severities alone (no fitted model): a known rater's calibrated rating
    /// is the raw rating plus their severity, clamped to 1..5, without pooling.
    /// </summary>
    public static RaterHistory FromSeverities(IEnumerable<RaterSeverity> severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        return new RaterHistory(severities);
    }

    /// <summary>Known raters, by id.</summary>
    public IReadOnlyCollection<RaterSeverity> Raters => _raters.Values;

    /// <summary>The severity of <paramref name="raterId"/>, or <c>null</c> without history.</summary>
    public RaterSeverity? Find(string raterId) => _raters.GetValueOrDefault(raterId);

    /// <summary>Calibrated values for <paramref name="ratings"/> of one candidate; raw where the rater has no history.</summary>
    internal IReadOnlyList<double> Calibrate(IReadOnlyList<RatingObservation> ratings)
    {
        var known = ratings.Select((o, i) => (o, i)).Where(x => _raterFacets.ContainsKey(x.o.Interviewer)).ToArray();
        var calibrated = ratings.Select(o => (double)o.Raw).ToArray();
        if (known.Length == 0) return calibrated;
        var values = _model is { } model
            ? LoopFit.Calibrate(known.Select(k => k.o).ToArray(), model, _raterFacets, _difficulty, _mode)
            : known.Select(k => Math.Clamp(k.o.Raw + _raterFacets[k.o.Interviewer].Severity, 1.0, 5.0)).ToArray();
        for (var j = 0; j < known.Length; j++) calibrated[known[j].i] = values[j];
        return calibrated;
    }
}
