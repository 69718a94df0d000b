using InterviewLoop.Calibration.Raters;
using InterviewLoop.Calibration.Tests.Builders;

namespace InterviewLoop.Calibration.Tests.Raters;

public sealed class LoopCalibratorHistoryTests
{
    private static readonly RaterHistory History = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(40, ["scope", "judgment", "impact"]).Build()).History;

    private static Domain.Loops.LoopSnapshot Loop() => new LoopBuilder().Round("r3", r => r
        .Card("u-harsh", c => c.Rate("scope", 3).Rate("judgment", 3).Rate("impact", 3))
        .Card("u-new", c => c.Rate("scope", 3).Rate("judgment", 3).Rate("impact", 3))).Build();

    [Fact]
    public void Calibrate_WithHistory_RaisesTheHarshRatersCalibratedRatings()
    {
        var ratings = new LoopCalibrator(History).Calibrate(Loop()).Ratings;

        Assert.All(ratings.Where(r => r.Interviewer == "u-harsh"), r => Assert.True(r.Calibrated > r.Raw, $"{r}"));
    }

    [Fact]
    public void Calibrate_WithHistory_LeavesRatersWithoutHistoryRaw()
    {
        var ratings = new LoopCalibrator(History).Calibrate(Loop()).Ratings;

        Assert.All(ratings.Where(r => r.Interviewer == "u-new"), r => Assert.Equal(r.Raw, r.Calibrated));
    }

    [Fact]
    public void Calibrate_WithHistory_FlagsTheRaterFarFromThePanel()
    {
        var flags = new LoopCalibrator(History).Calibrate(Loop()).Flags.Where(f => f.Kind == FlagKinds.RaterSeverity).ToArray();

        var flag = Assert.Single(flags);
        Assert.Equal(["u-harsh"], flag.Interviewers);
        Assert.Contains("lower than the panel", flag.Message);
        Assert.Equal(3, flag.Evidence.Count);
    }

    [Fact]
    public void Calibrate_WithStoredSeveritiesOnly_AddsTheSeverityToRawClampedToTheScale()
    {
        var history = RaterHistory.FromSeverities([new RaterSeverity("u-harsh", 2.5, 0.1, 90, true)]);

        var ratings = new LoopCalibrator(history).Calibrate(Loop()).Ratings.Where(r => r.Interviewer == "u-harsh");

        Assert.All(ratings, r => Assert.Equal(5.0, r.Calibrated));
    }

    [Fact]
    public void Calibrate_WithoutHistory_CalibratedEqualsRaw()
    {
        Assert.All(new LoopCalibrator().Calibrate(Loop()).Ratings, r => Assert.Equal(r.Raw, r.Calibrated));
    }
}
