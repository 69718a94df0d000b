using InterviewLoop.Calibration.Tests.Builders;
using static InterviewLoop.Calibration.Tests.Rules.FlagAssertions;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class DisagreementTests
{
    private static Domain.Loops.LoopSnapshot TwoRaters(int a, int b, bool secondSubmitted = true) =>
        new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.Rate("judgment", a).Note("judgment", ConcreteNotes.Decision))
            .Card("u-40", c =>
            {
                c.Rate("judgment", b).Note("judgment", "Unsure why the workflow was needed.");
                if (!secondSubmitted) c.Draft();
            })).Build();

    [Theory]
    [InlineData(5, 3, FlagSeverity.Medium)]
    [InlineData(3, 5, FlagSeverity.Medium)]
    [InlineData(1, 3, FlagSeverity.Medium)]
    [InlineData(5, 2, FlagSeverity.High)]
    [InlineData(5, 1, FlagSeverity.High)]
    public void Calibrate_WhenSameDimensionDiffersByTwoOrMore_FlagsBothInterviewers(int a, int b, FlagSeverity severity)
    {
        var flag = Assert.Single(FlagsOf(TwoRaters(a, b), FlagKinds.Disagreement));

        Assert.Equal(severity, flag.Severity);
        Assert.Equal("judgment", flag.Dimension);
        Assert.Equal(["r3"], flag.Rounds);
        Assert.Equal(["u-17", "u-40"], flag.Interviewers);
        Assert.Contains(flag.Evidence, e => e.Interviewer == "u-17" && e.Quote == $"judgment: {a}");
        Assert.Contains(flag.Evidence, e => e.Interviewer == "u-40" && e.Quote == "Unsure why the workflow was needed.");
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(4, 5)]
    [InlineData(2, 1)]
    public void Calibrate_WhenRatingsDifferByLessThanTwo_DoesNotFlag(int a, int b)
    {
        Assert.Empty(FlagsOf(TwoRaters(a, b), FlagKinds.Disagreement));
    }

    [Fact]
    public void Calibrate_WhenOtherScorecardIsADraft_DoesNotCompareIt()
    {
        Assert.Empty(FlagsOf(TwoRaters(5, 1, secondSubmitted: false), FlagKinds.Disagreement));
    }

    [Fact]
    public void Calibrate_WhenSameDimensionDiffersAcrossRounds_DoesNotFlag()
    {
        var loop = new LoopBuilder()
            .Round("r3", r => r.Card("u-17", c => c.Rate("scope", 5)))
            .Round("r4", r => r.Card("u-40", c => c.Rate("scope", 2)))
            .Build();

        Assert.Empty(FlagsOf(loop, FlagKinds.Disagreement));
    }

    [Fact]
    public void Calibrate_WithThreeRaters_NamesOnlyTheExtremes()
    {
        var loop = new LoopBuilder().Round("r3", r => r
            .Card("u-17", c => c.Rate("scope", 2))
            .Card("u-21", c => c.Rate("scope", 3))
            .Card("u-40", c => c.Rate("scope", 4))).Build();

        var flag = Assert.Single(FlagsOf(loop, FlagKinds.Disagreement));

        Assert.Equal(["u-17", "u-40"], flag.Interviewers);
        Assert.Contains("differ by 2", flag.Message);
    }
}
