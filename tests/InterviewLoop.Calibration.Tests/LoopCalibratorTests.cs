using InterviewLoop.Calibration.Tests.Builders;

namespace InterviewLoop.Calibration.Tests;

public sealed class LoopCalibratorTests
{
    private static readonly LoopCalibrator Calibrator = new();

    [Fact]
    public void Calibrate_ListsEverySubmittedRatingRawBesideCalibrated_InRubricOrder()
    {
        var loop = new LoopBuilder()
            .Round("r1", r => r
                .Card("u-17", c => c.Rate("reflection", 2).Rate("scope", 4))
                .Card("u-40", c => c.Rate("scope", 5).Draft()))
            .Build();

        var ratings = Calibrator.Calibrate(loop).Ratings;

        Assert.Equal(
            [new CalibratedRating("r1", "u-17", "scope", 4, 4.0), new CalibratedRating("r1", "u-17", "reflection", 2, 2.0)],
            ratings);
    }

    [Fact]
    public void Calibrate_OrdersFlagsMostSevereFirst()
    {
        var loop = new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.Rate("scope", 5).Level(2))
            .Card("u-40", c => c.Rate("scope", 1).Level(6))).Build();

        var severities = Calibrator.Calibrate(loop).Flags.Select(f => f.Severity).ToArray();

        Assert.Equal(severities.OrderByDescending(s => s), severities);
        Assert.Equal(FlagSeverity.High, severities[0]);
        Assert.Contains(FlagSeverity.Medium, severities);
    }

    [Fact]
    public void Calibrate_IsDeterministic()
    {
        var loop = new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.RateAll(4, 4, 4, 4, 4, 4, 4).Level(5))
            .Card("u-40", c => c.RateAll(2, 3, 5, 1, 4, 4, 2).Level(3))).Build();

        var first = Calibrator.Calibrate(loop);
        var second = Calibrator.Calibrate(loop);

        Assert.Equal(first.Flags.Select(f => f.Message), second.Flags.Select(f => f.Message));
        Assert.Equal(first.Level, second.Level);
        Assert.NotEmpty(first.Flags);
    }

    [Fact]
    public void Calibrate_ReportsTheLoopId()
    {
        Assert.Equal("loop-1", Calibrator.Calibrate(new LoopBuilder().Build()).LoopId);
    }
}
