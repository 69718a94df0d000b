using InterviewLoop.Calibration.Raters;
using InterviewLoop.Calibration.Tests.Simulation;

namespace InterviewLoop.Calibration.Tests.Raters;

/// <summary>
/// Accuracy on a small simulated history with known truth (the full-size run with timings is
/// ops/bench/calibration): calibrated ratings beat raw ones and the oracle that removes each rater's
/// true severity, and the severities come back.
/// </summary>
public sealed class SimulationTests
{
    private static readonly SimulatedHistory History = RaterSimulation.Generate(new SimulationSettings { Loops = 300, Raters = 40, Seed = 7 });

    private static readonly SimulationScore Score = SimulationScore.Of(History, RaterModel.Fit(History.Loops));

    [Fact]
    public void Fit_OnSimulatedHistory_CalibratedRmseIsBelowTheOracle()
    {
        Assert.True(Score.CalibratedRmse < Score.OracleRmse, $"{Score}");
        Assert.True(Score.OracleRmse < Score.RawRmse, $"{Score}");
    }

    [Fact]
    public void Fit_OnSimulatedHistory_RanksCandidatesAtLeastAsWellAsRawRatings()
    {
        Assert.True(Score.CalibratedRank > Score.RawRank, $"{Score}");
    }

    [Fact]
    public void Fit_OnSimulatedHistory_RecoversTrueSeverities()
    {
        Assert.True(Score.SeverityCorrelation > 0.95, $"{Score}");
        Assert.True(Score.SeverityRmse < 0.15, $"{Score}");
    }
}
