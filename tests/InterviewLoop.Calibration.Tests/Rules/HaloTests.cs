using InterviewLoop.Calibration.Tests.Builders;
using static InterviewLoop.Calibration.Tests.Rules.FlagAssertions;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class HaloTests
{
    private static Domain.Loops.LoopSnapshot OneCard(Action<ScorecardBuilder> build) =>
        new LoopBuilder().Round("r2", r => r.Card("u-40", build)).Build();

    [Fact]
    public void Calibrate_WhenEveryDimensionEqualAndNotesArePraise_FlagsHaloWithRatingsQuoted()
    {
        var loop = OneCard(c => c.RateAll(4, 4, 4, 4, 4, 4, 4).Note("scope", "Solid.").Note("impact", ConcreteNotes.Praise));

        var flag = Assert.Single(FlagsOf(loop, FlagKinds.Halo));

        Assert.Equal(FlagSeverity.Medium, flag.Severity);
        Assert.Equal(["r2"], flag.Rounds);
        Assert.Equal(["u-40"], flag.Interviewers);
        Assert.Null(flag.Dimension);
        Assert.Equal("scope: 4, autonomy: 4, judgment: 4, production_ownership: 4, impact: 4, influence: 4, reflection: 4", flag.Evidence[0].Quote);
        Assert.Contains(flag.Evidence, e => e.Quote == "Solid.");
    }

    [Fact]
    public void Calibrate_WhenNearlyFlatAndMostlyEqual_FlagsHaloAsLow()
    {
        var flag = Assert.Single(FlagsOf(OneCard(c => c.RateAll(4, 4, 4, 4, 4, 5, 5)), FlagKinds.Halo));

        Assert.Equal(FlagSeverity.Low, flag.Severity);
        Assert.Contains("within 4..5 (5 at 4)", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenFlatButWellEvidenced_DoesNotFlagHalo()
    {
        var loop = OneCard(c => c.RateAll(4, 4, 4, 4, 4, 4, 4)
            .Note("scope", ConcreteNotes.Attribution)
            .Note("judgment", ConcreteNotes.Decision)
            .Note("production_ownership", ConcreteNotes.Rollout));

        Assert.Empty(FlagsOf(loop, FlagKinds.Halo));
    }

    [Fact]
    public void Calibrate_WhenOnlyTwoOfSevenDimensionsHaveConcreteNotes_StillFlagsHalo()
    {
        var loop = OneCard(c => c.RateAll(4, 4, 4, 4, 4, 4, 4)
            .Note("scope", ConcreteNotes.Attribution)
            .Note("judgment", ConcreteNotes.Decision));

        Assert.Single(FlagsOf(loop, FlagKinds.Halo));
    }

    [Theory]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 5 })]
    [InlineData(new[] { 4, 4, 4, 5, 5, 5, 5 })]
    [InlineData(new[] { 4, 4, 4, 4 })]
    public void Calibrate_WhenSpreadOrShareOrCountFallsShort_DoesNotFlagHalo(int[] ratings)
    {
        Assert.Empty(FlagsOf(OneCard(c => c.RateAll(ratings)), FlagKinds.Halo));
    }

    [Fact]
    public void Calibrate_WithFiveEqualRatings_FlagsHalo()
    {
        Assert.Single(FlagsOf(OneCard(c => c.RateAll(3, 3, 3, 3, 3)), FlagKinds.Halo));
    }
}
