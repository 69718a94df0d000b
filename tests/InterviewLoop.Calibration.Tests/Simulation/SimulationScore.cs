using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Tests.Simulation;

/// <summary>
/// How close ratings come to the simulated truth: RMSE per rating of raw ratings, of the model's
/// calibrated ratings, and of the oracle (raw plus the rater's true severity, clamped); and the
/// Spearman rank correlation of candidates ranked by their mean rating against their true mean.
/// </summary>
internal sealed record SimulationScore(
    double RawRmse, double CalibratedRmse, double OracleRmse,
    double RawRank, double CalibratedRank, double OracleRank,
    double SeverityCorrelation, double SeverityRmse)
{
    public static SimulationScore Of(SimulatedHistory history, RaterFit fit)
    {
        var rows = fit.Ratings.Select(r => (r.Loop, Truth: history.Truth[(r.Loop, r.Round, r.Interviewer, r.Dimension)],
            r.Raw, r.Calibrated, Oracle: Math.Clamp(r.Raw + history.Severity[r.Interviewer], Rating.Min, Rating.Max))).ToArray();
        var byLoop = rows.GroupBy(r => r.Loop).ToArray();
        var truthRank = byLoop.Select(l => l.Average(r => r.Truth)).ToArray();
        var severities = fit.Raters.Select(r => (Estimated: r.Severity, True: history.Severity[r.RaterId])).ToArray();
        return new SimulationScore(
            Rmse(rows.Select(r => r.Raw - r.Truth)), Rmse(rows.Select(r => r.Calibrated - r.Truth)), Rmse(rows.Select(r => r.Oracle - r.Truth)),
            Statistics.Spearman(truthRank, byLoop.Select(l => l.Average(r => (double)r.Raw)).ToArray()),
            Statistics.Spearman(truthRank, byLoop.Select(l => l.Average(r => r.Calibrated)).ToArray()),
            Statistics.Spearman(truthRank, byLoop.Select(l => l.Average(r => r.Oracle)).ToArray()),
            Statistics.Pearson(severities.Select(s => s.Estimated).ToArray(), severities.Select(s => s.True).ToArray()),
            Rmse(severities.Select(s => s.Estimated - s.True)));
    }

    private static double Rmse(IEnumerable<double> errors) => Math.Sqrt(errors.Average(e => e * e));
}
