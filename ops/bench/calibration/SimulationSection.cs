using InterviewLoop.Calibration.Raters;
using InterviewLoop.Calibration.Tests.Simulation;

namespace InterviewLoop.Bench.Calibration;

/// <summary>RMSE and candidate rank correlation against simulated truth: raw, the model, and the oracle.</summary>
internal static class SimulationSection
{
    public static void Run(int loops)
    {
        var settings = new SimulationSettings { Loops = loops, Raters = Math.Max(20, loops / 10) };
        var history = RaterSimulation.Generate(settings);
        Console.WriteLine($"## Simulation: {history.Loops.Count} loops, {history.RatingCount} ratings, {settings.Raters} raters " +
                          $"({history.Halo.Count} halo), severity SD {settings.SeveritySd}, noise SD {settings.NoiseSd}, seed {settings.Seed}");
        Console.WriteLine("| ratings | RMSE vs truth | candidate rank correlation (Spearman) |");
        Console.WriteLine("|---|---|---|");
        var perRating = SimulationScore.Of(history, RaterModel.Fit(history.Loops));
        var pooled = SimulationScore.Of(history, RaterModel.Fit(history.Loops, new RaterModelOptions { Calibration = RaterCalibration.Pooled }));
        Row("raw", perRating.RawRmse, perRating.RawRank);
        Row("oracle (raw + true severity)", perRating.OracleRmse, perRating.OracleRank);
        Row("calibrated, per rating (default)", perRating.CalibratedRmse, perRating.CalibratedRank);
        Row("calibrated, pooled", pooled.CalibratedRmse, pooled.CalibratedRank);
        Console.WriteLine($"\nSeverity recovery: Pearson r {perRating.SeverityCorrelation:0.000}, RMSE {perRating.SeverityRmse:0.000} points.\n");
    }

    private static void Row(string name, double rmse, double rank) => Console.WriteLine($"| {name} | {rmse:0.000} | {rank:0.000} |");
}
