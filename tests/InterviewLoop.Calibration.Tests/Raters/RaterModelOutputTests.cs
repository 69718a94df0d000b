using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Calibration.Tests.Raters;

public sealed class RaterModelOutputTests
{
    private static readonly string[] Dimensions = ["scope", "judgment", "impact"];

    [Fact]
    public void Fit_ListsEveryRatingInInputOrder_RawBesideCalibratedOnTheScale()
    {
        var ratings = new RatingsBuilder().PanelWithOneHarsh(5, Dimensions).Build();

        var fit = RaterModel.FitRatings(ratings);

        Assert.Equal(ratings.Select(r => (r.Interviewer, r.Dimension, r.Raw)), fit.Ratings.Select(r => (r.Interviewer, r.Dimension, r.Raw)));
        Assert.All(fit.Ratings, r => Assert.InRange(r.Calibrated, 1, 5));
    }

    [Fact]
    public void Fit_CalibratedBringsPanelWithOneHarshCloserThanRaw()
    {
        var fit = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(30, Dimensions).Build());

        var gaps = fit.Ratings.GroupBy(r => (r.Loop, r.Dimension)).Select(g =>
            (Raw: g.Max(r => r.Raw) - g.Min(r => r.Raw), Calibrated: g.Max(r => r.Calibrated) - g.Min(r => r.Calibrated)));

        Assert.All(gaps, g => Assert.True(g.Calibrated < 0.25 * g.Raw, $"{g}"));
    }

    [Fact]
    public void Fit_Pooled_GivesEveryRatingOfACellTheSameValue()
    {
        var fit = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(40, Dimensions).Build(), new RaterModelOptions { Calibration = RaterCalibration.Pooled });

        Assert.True(fit.Pooled);
        Assert.All(fit.Ratings.GroupBy(r => (r.Loop, r.Dimension)), g => Assert.Single(g.Select(r => Math.Round(r.Calibrated, 9)).Distinct()));
    }

    [Fact]
    public void Fit_OverFewerCandidatesThanPoolingNeeds_CorrectsSeverityOnly()
    {
        var fit = RaterModel.FitRatings(new RatingsBuilder().PanelWithOneHarsh(10, Dimensions).Build());
        var severity = fit.Raters.ToDictionary(r => r.RaterId, r => r.Severity);

        Assert.False(fit.Pooled);
        Assert.All(fit.Ratings, r => Assert.Equal(Math.Clamp(r.Raw + severity[r.Interviewer], 1, 5), r.Calibrated, 9));
        Assert.Contains(fit.Ratings, r => r.Calibrated > r.Raw + 0.5);
    }

    [Fact]
    public void Fit_IsDeterministic()
    {
        var ratings = new RatingsBuilder().PanelWithOneHarsh(12, Dimensions).Build();

        Assert.Equal(RaterModel.FitRatings(ratings).Raters, RaterModel.FitRatings(ratings).Raters);
    }

    [Fact]
    public void Fit_WithoutRatings_ReturnsNothing()
    {
        var fit = RaterModel.FitRatings([]);

        Assert.Empty(fit.Raters);
        Assert.Empty(fit.Ratings);
    }
}
