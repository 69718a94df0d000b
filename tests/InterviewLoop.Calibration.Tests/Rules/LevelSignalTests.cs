using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class LevelSignalTests
{
    private static readonly LoopCalibrator Calibrator = new();

    [Fact]
    public void Calibrate_WithoutSubmittedScorecards_SupportsNoLevel()
    {
        var loop = new LoopBuilder().Round("r1", r => r.Card("u-17", c => c.Rate("scope", 4).Level(4).Draft())).Build();

        var level = Calibrator.Calibrate(loop).Level;

        Assert.Null(level.Supported);
        Assert.Equal(0, level.Confidence);
        Assert.Equal("L4", level.Target.ToString());
    }

    [Fact]
    public void Calibrate_WithAgreeingRecommendations_SupportsThatLevelWithConfidenceFromCount()
    {
        var loop = new LoopBuilder()
            .Round("r1", r => r.Card("u-17", c => c.Rate("through_line", 3).Level(4)), CareerNarrativeRubric.V1.Id)
            .Round("r2", r => r.Card("u-40", c => c.Rate("through_line", 3).Level(4)), CareerNarrativeRubric.V1.Id)
            .Build();

        var level = Calibrator.Calibrate(loop).Level;

        Assert.Equal("L4", level.Supported.ToString());
        Assert.Equal(0.5, level.Confidence);
    }

    [Theory]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4 }, "L4")]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 3 }, "L3")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, "L3")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2 }, "L2")]
    [InlineData(new[] { 5, 5, 5, 5 }, "L4")]
    public void Calibrate_SeniorEvidenceTotal_VotesByRubricBandRelativeToTarget(int[] ratings, string expected)
    {
        var loop = new LoopBuilder().Round("r3", r => r.Card("u-17", c => c.RateAll(ratings))).Build();

        Assert.Equal(expected, Calibrator.Calibrate(loop).Level.Supported.ToString());
    }

    [Fact]
    public void Calibrate_WhenTopBandCardsRecommendAboveTheTarget_SupportsTheRecommendedLevel()
    {
        var loop = new LoopBuilder()
            .Round("r2", r => r.Card("u-17", c => c.RateAll(5, 5, 4, 5, 5, 4, 5).Level(5)))
            .Round("r3", r => r.Card("u-40", c => c.RateAll(4, 5, 5, 5, 4, 5, 5).Level(5)))
            .Round("r4", r => r.Card("u-21", c => c.RateAll(5, 4, 5, 5, 5, 5, 4).Level(5)))
            .Build();

        var report = Calibrator.Calibrate(loop);

        Assert.Equal(("L5", 0.6), (report.Level.Supported.ToString(), report.Level.Confidence));
        Assert.Contains(report.Flags, f => f.Kind == FlagKinds.TargetMismatch);
    }

    [Fact]
    public void Calibrate_WhenOneTopBandCardRecommendsAboveTheTarget_TheOthersKeepItAtTheTarget()
    {
        var loop = new LoopBuilder()
            .Round("r2", r => r.Card("u-17", c => c.RateAll(5, 5, 4, 5, 5, 4, 5).Level(6)))
            .Round("r3", r => r.Card("u-40", c => c.RateAll(4, 5, 5, 5, 4, 5, 5)))
            .Round("r4", r => r.Card("u-21", c => c.RateAll(5, 4, 5, 5, 5, 5, 4)))
            .Build();

        Assert.Equal("L4", Calibrator.Calibrate(loop).Level.Supported.ToString());
    }

    [Fact]
    public void Calibrate_AShadowsScorecard_DoesNotVoteOnTheLevelOrWidenTheRecommendations()
    {
        var loop = new LoopBuilder()
            .Round("r3", r => r
                .Card("u-40", c => c.RateAll(4, 4, 4, 4, 4, 4, 4).Level(4))
                .Shadow("u-22", c => c.RateAll(1, 1, 1, 1, 1, 1, 1).Level(1)))
            .Round("r4", r => r.Card("u-21", c => c.RateAll(4, 4, 4, 4, 4, 4, 4).Level(4)))
            .Build();

        var report = Calibrator.Calibrate(loop);

        Assert.Equal("L4", report.Level.Supported.ToString());
        Assert.All(report.Level.Dimensions, d => Assert.Equal("L4", d.Supported.ToString()));
        Assert.DoesNotContain(report.Flags, f => f.Kind == FlagKinds.LevelDivergence);
    }

    [Fact]
    public void Calibrate_WithFewerThanFourRatings_GivesNoRatingVote()
    {
        var loop = new LoopBuilder().Round("r3", r => r.Card("u-17", c => c.RateAll(1, 1, 1))).Build();

        Assert.Null(Calibrator.Calibrate(loop).Level.Supported);
    }

    [Fact]
    public void Calibrate_WithEvenVotes_TakesTheLowerMedian()
    {
        var loop = new LoopBuilder()
            .Round("r1", r => r.Card("u-17", c => c.Rate("scope", 3).Level(4)))
            .Round("r2", r => r.Card("u-40", c => c.Rate("scope", 3).Level(5)))
            .Build();

        var level = Calibrator.Calibrate(loop).Level;

        Assert.Equal("L4", level.Supported.ToString());
        Assert.Equal(0.38, level.Confidence);
    }
}
