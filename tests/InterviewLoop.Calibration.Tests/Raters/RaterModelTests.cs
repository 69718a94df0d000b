using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Calibration.Tests.Raters;

public sealed class RaterModelTests
{
    private static readonly string[] Dimensions = ["scope", "judgment", "impact"];

    [Fact]
    public void Fit_WhenOneRaterScoresAPointLower_GivesThemPositiveSeverityAboutOnePointAboveThePanel()
    {
        var fit = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(40, Dimensions).Build());

        var harsh = fit.Raters.Single(r => r.RaterId == "u-harsh");
        var other = fit.Raters.Single(r => r.RaterId == "u-a");
        Assert.InRange(harsh.Severity - other.Severity, 0.9, 1.05);
        Assert.True(harsh.Severity > 0 && other.Severity < 0);
        Assert.Equal(120, harsh.Count);
        Assert.InRange(harsh.StandardError, 0.001, 0.2);
    }

    [Fact]
    public void Fit_CentresSeverityOnThePanel_SoCountWeightedMeanIsZero()
    {
        var fit = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(10, Dimensions).Rate("c0", "u-third", "scope", 3).Build());

        var mean = fit.Raters.Sum(r => r.Severity * r.Count) / fit.Raters.Sum(r => r.Count);

        Assert.InRange(mean, -1e-6, 1e-6);
    }

    [Fact]
    public void Fit_MarksFarFromPanel_OnlyWithEnoughHistory()
    {
        var ratings = new RatingsBuilder().PanelWithOneHarsh(40, Dimensions).Rate("c0", "u-once", "scope", 1).Build();

        var fit = RaterModel.FitRatings(ratings);

        Assert.True(fit.Raters.Single(r => r.RaterId == "u-harsh").FarFromPanel);
        Assert.False(fit.Raters.Single(r => r.RaterId == "u-once").FarFromPanel);
    }
}
