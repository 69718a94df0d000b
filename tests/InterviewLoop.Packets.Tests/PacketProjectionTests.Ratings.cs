using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PacketProjectionRatingsTests
{
    private static PacketRatings Ratings(CalibrationReport? report = null) =>
        PacketProjection.From(SampleLoop.Record(), report ?? SampleLoop.Report()).Ratings;

    [Fact]
    public void Ratings_HasOneColumnPerRoundAndRowsInRubricOrderFirstRubricFirst()
    {
        var ratings = Ratings();

        Assert.Equal(["r1", "r2", "r3"], ratings.RoundIds);
        Assert.Equal("through_line", ratings.Rows[0].DimensionId);
        Assert.Equal(14, ratings.Rows.Count);
        Assert.Equal("scope", ratings.Rows[7].DimensionId);
    }

    [Fact]
    public void Ratings_CellShowsRawBesideCalibratedAndOnlySubmittedRatings()
    {
        var ownership = Ratings().Rows.Single(r => r.DimensionId == "production_ownership");
        var scope = Ratings().Rows.Single(r => r.DimensionId == "scope");

        Assert.Equal(new PacketRating("u-40", "Marcus O.", 5, 4.6), Assert.Single(ownership.Cells[1].Ratings));
        Assert.Equal("u-40", Assert.Single(scope.Cells[1].Ratings).InterviewerId);
    }

    [Fact]
    public void Ratings_MarksCellsWhoseRubricLacksTheDimensionAsNotApplying()
    {
        var scope = Ratings().Rows.Single(r => r.DimensionId == "scope");

        Assert.Equal([false, true, true], scope.Cells.Select(c => c.Applies));
        Assert.Empty(scope.Cells[2].Ratings);
    }

    [Fact]
    public void Raters_WithoutHistory_HaveNoSeverity()
    {
        var plain = new ReportBuilder().Build();

        Assert.All(Ratings(plain).Raters, r => Assert.Null(r.Severity));
    }

    [Fact]
    public void Raters_WithCalibratedValuesButNoHistoryGiven_ShowWhatCalibrationApplied()
    {
        var marcus = Ratings().Raters.Single(r => r.Id == "u-40");

        Assert.Equal((3, -0.13, (int?)null), (marcus.Ratings, marcus.Severity, marcus.HistoryRatings));
    }

    [Fact]
    public void Raters_KnownToTheHistory_ShowItsSeverityErrorAndCount()
    {
        var history = RaterHistory.FromSeverities([new RaterSeverity("u-17", 0.42, 0.11, 230, false)]);

        var raters = PacketProjection.From(SampleLoop.Record(), SampleLoop.Report(), history).Ratings.Raters;

        var priya = raters.Single(r => r.Id == "u-17");
        Assert.Equal((0.42, 0.11, 230), (priya.Severity, priya.StandardError, priya.HistoryRatings));
    }

    [Fact]
    public void Coverage_ListsEachRubricDimensionNoSubmittedScorecardRated()
    {
        var coverage = PacketProjection.From(SampleLoop.Record(), SampleLoop.Report()).Coverage;

        Assert.Contains(coverage, g => g is { Dimension: "Delivery", Pending: false } && g.Rounds.SequenceEqual(["r1"]));
        Assert.Contains(coverage, g => g is { Dimension: "Impact", Pending: true } && g.Rounds.SequenceEqual(["r2", "r3"]));
        Assert.DoesNotContain(coverage, g => g.Dimension is "Scope" or "Role fit");
    }
}
