using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class DimensionLevelTests
{
    private static DimensionLevel Dimension(LevelSignal signal, string id) => signal.Dimensions.Single(d => d.Dimension == id);

    [Theory]
    [InlineData(5, "L4")]
    [InlineData(4, "L4")]
    [InlineData(3, "L3")]
    [InlineData(2, "L2")]
    [InlineData(1, "L2")]
    public void Calibrate_PerDimension_ReadsASeniorEvidenceRatingAgainstTheTarget(int rating, string expected)
    {
        var loop = new LoopBuilder().Round("r3", r => r.Card("u-17", c => c.Rate("scope", rating))).Build();

        var scope = Dimension(new LoopCalibrator().Calibrate(loop).Level, "scope");

        Assert.Equal(expected, scope.Supported.ToString());
        Assert.Equal((0.33, 1), (scope.Confidence, scope.Votes));
    }

    [Fact]
    public void Calibrate_PerDimension_ReadsLevelMapCuesInNotes_AboveTheTargetWhenTheyAre()
    {
        var loop = new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.Rate("influence", 4).Note("influence", "Aligned five teams on the event schema and wrote the RFC adopted across the org."))
            .Card("u-40", c => c.Rate("influence", 4).Note("influence", "Got three teams to adopt his retry library."))).Build();

        var influence = Dimension(new LoopCalibrator().Calibrate(loop).Level, "influence");

        Assert.Equal("L5", influence.Supported.ToString());
        Assert.Equal(2, influence.Votes);
        Assert.Equal(0.5, influence.Confidence);
    }

    [Fact]
    public void Calibrate_PerDimension_WhenOnlyOneTopRatingIsNotedAboveTheTarget_StaysAtTheTarget()
    {
        var loop = new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.Rate("influence", 4).Note("influence", "Aligned five teams on the event schema and wrote the RFC adopted across the org."))
            .Card("u-40", c => c.Rate("influence", 4).Note("influence", "Explained the retry library's design clearly."))).Build();

        var influence = Dimension(new LoopCalibrator().Calibrate(loop).Level, "influence");

        Assert.Equal("L4", influence.Supported.ToString());
        Assert.Equal(2, influence.Votes);
    }

    [Fact]
    public void Calibrate_PerDimension_TranslatesBandsThroughTheOrganisationsLevelMap()
    {
        var map = new LevelMap("startup/v1", LevelMap.Default.Levels.Select(l => l.Level.Rank switch
        {
            5 => l with { Band = LevelBand.Senior },
            6 => l with { Band = LevelBand.Staff },
            _ => l,
        }));
        var loop = new LoopBuilder().Target(5).Round("r3", r => r
            .Card("u-17", c => c.Note("scope", "Owned the migration across several systems for four squads.").Rate("reflection", 3))).Build();

        var scope = Dimension(new LoopCalibrator(null, map).Calibrate(loop).Level, "scope");

        Assert.Equal("L6", scope.Supported.ToString());
    }

    [Fact]
    public void Calibrate_PerDimension_IgnoresCuesInAReasonForMoving()
    {
        var loop = new LoopBuilder().Round("r1", r => r
            .Card("u-17", c => c.Rate("transition_explanation", 3).Note("transition_explanation", "A reorg left him coordinating several teams.")),
            CareerNarrativeRubric.V1.Id).Build();

        Assert.Empty(new LoopCalibrator().Calibrate(loop).Level.Dimensions);
    }
}
