using InterviewLoop.Calibration.Tests.Builders;
using static InterviewLoop.Calibration.Tests.Rules.FlagAssertions;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class UnsupportedRatingTests
{
    private static IReadOnlyList<Flag> Unsupported(Action<ScorecardBuilder> build) =>
        FlagsOf(new LoopBuilder().Round("r3", r => r.Card("u-40", build)).Build(), FlagKinds.UnsupportedRating);

    [Theory]
    [InlineData(5, FlagSeverity.Medium)]
    [InlineData(4, FlagSeverity.Low)]
    [InlineData(2, FlagSeverity.Low)]
    [InlineData(1, FlagSeverity.Medium)]
    public void Calibrate_WhenExtremeRatingHasNoNote_Flags(int rating, FlagSeverity severity)
    {
        var flag = Assert.Single(Unsupported(c => c.Rate("impact", rating)));

        Assert.Equal(severity, flag.Severity);
        Assert.Equal("impact", flag.Dimension);
        Assert.Equal(["r3"], flag.Rounds);
        Assert.Equal(["u-40"], flag.Interviewers);
        Assert.Equal($"impact: {rating}", Assert.Single(flag.Evidence).Quote);
        Assert.Contains("no note on impact", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenFiveHasOnlyAdjectives_FlagsAndQuotesTheNote()
    {
        var flag = Assert.Single(Unsupported(c => c.Rate("impact", 5).Note("impact", "Huge impact, very impressive.")));

        Assert.Equal(["impact: 5", "Huge impact, very impressive."], flag.Evidence.Select(e => e.Quote));
        Assert.Contains("no concrete evidence", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenRatingIsThreeWithoutNotes_DoesNotFlag()
    {
        Assert.Empty(Unsupported(c => c.Rate("impact", 3)));
    }

    [Theory]
    [InlineData(ConcreteNotes.Decision)]
    [InlineData(ConcreteNotes.Rollout)]
    [InlineData(ConcreteNotes.Attribution)]
    public void Calibrate_WhenExtremeRatingHasConcreteNote_DoesNotFlag(string note)
    {
        Assert.Empty(Unsupported(c => c.Rate("judgment", 5).Note("judgment", "Strong.").Note("judgment", note)));
    }

    [Fact]
    public void Calibrate_WhenConcreteNoteIsOnAnotherDimensionOrGeneral_StillFlags()
    {
        var flags = Unsupported(c => c.Rate("impact", 5).Note("scope", ConcreteNotes.Decision).Note(null, ConcreteNotes.Rollout));

        Assert.Equal("impact", Assert.Single(flags).Dimension);
    }
}
