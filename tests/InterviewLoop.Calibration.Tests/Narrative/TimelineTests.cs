using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

/// <summary>Rounds are dated by their scorecards' submission, 2 November 2026.</summary>
public sealed partial class TimelineTests
{
    [Theory]
    [InlineData("Two years at her current company.", "24 months with her current company.")]
    [InlineData("Ten years of experience.", "A decade in the industry.")]
    [InlineData("In his current role for a year and a half.", "Eighteen months into the current role.")]
    [InlineData("Joined Lumen two years ago.", "She joined Lumen in late 2024.")]
    [InlineData("Spent four years at Globex before that.", "Two years at her current company.")]
    [InlineData("The reorg happened last spring.", "A reorg in March reshuffled the team.")]
    public void Calibrate_WhenDatesAgreeOrConcernDifferentThings_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Timeline, first, second));
    }

    [Theory]
    [InlineData("Joined Brightwave in 2019.", "Has been at Brightwave for two years.", "the start at the current company")]
    [InlineData("Twelve years of experience.", "Six years as an engineer.", "the start of the career")]
    [InlineData("The reorg happened about six months ago.", "The reorg was two years ago.", "when the reorg happened")]
    [InlineData("The warehouse migration took six months.", "It was a two-year warehouse migration.", "the duration of the warehouse migration")]
    public void Calibrate_WhenDatesCannotBothBeTrue_FlagsNamingWhatTheyDate(string first, string second, string subject)
    {
        var flag = Assert.Single(Flags(FlagKinds.Timeline, first, second));

        Assert.StartsWith($"Dates or tenure disagree on {subject}:", flag.Message);
    }
}
