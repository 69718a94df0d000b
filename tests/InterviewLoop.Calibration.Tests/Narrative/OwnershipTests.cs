using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

public sealed class OwnershipTests
{
    [Theory]
    [InlineData("His part was the backfill; another engineer ran the billing migration.", "He led the billing migration.")]
    [InlineData("Helped with the search re-index project.", "Owned the search re-index end to end.")]
    [InlineData("The payments gateway migration was led by her manager.", "She drove the payments gateway migration.")]
    [InlineData("She was one of four engineers on the data lake migration.", "Drove the data lake migration across three teams.")]
    public void Calibrate_WhenContributionBecomesLeadership_FlagsHigh(string first, string second)
    {
        var flag = Assert.Single(Flags(FlagKinds.Ownership, first, second));

        Assert.Equal(FlagSeverity.High, flag.Severity);
        Assert.Contains("contributed (r1)", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenWeBecomesSingleHanded_FlagsMedium()
    {
        var flag = Assert.Single(Flags(FlagKinds.Ownership,
            "Talks about the checkout service rewrite in 'we' terms: we rewrote it.",
            "Says he rewrote the checkout service single-handedly."));

        Assert.Equal(FlagSeverity.Medium, flag.Severity);
    }

    [Theory]
    [InlineData("Led the notification preferences migration.", "Owned the notification preferences migration end to end.")]
    [InlineData("We shipped the ledger redesign in two phases.", "She led the ledger redesign.")]
    [InlineData("Helped on the payments migration.", "Led the ledger redesign.")]
    [InlineData("Started as a contributor on the relevance project and took over as lead.", "He led the relevance project.")]
    [InlineData("On the deletion workflow her part was the retention rules.", "For the deletion workflow she owned the retention rules.")]
    public void Calibrate_WhenThePartIsToldConsistentlyOrConcernsAnotherProject_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Ownership, first, second));
    }
}
