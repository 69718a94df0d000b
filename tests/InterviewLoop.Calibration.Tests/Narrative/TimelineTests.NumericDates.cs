using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

/// <summary>Dates written in digits: read to the month where the form says which number is the month.</summary>
public sealed partial class TimelineTests
{
    private const string JoinSubject = "Dates or tenure disagree on the start at the current company:";

    [Fact]
    public void Calibrate_WhenJoinDatesInDayMonthYearDiffer_FlagsTimeline()
    {
        var flag = Assert.Single(Flags(FlagKinds.Timeline, "Joined Stripe on 15.03.2019.", "Joined Stripe in 2021."));

        Assert.Equal($"{JoinSubject} in 15.03.2019 (r1) vs in 2021 (r2).", flag.Message);
    }

    [Theory]
    [InlineData("Joined on 2021-03-15.", "in 2021-03-15")]
    [InlineData("Joined in 2021-03.", "in 2021-03")]
    [InlineData("Joined in 03/2021.", "in 03/2021")]
    [InlineData("Joined on 15.03.2021.", "in 15.03.2021")]
    [InlineData("Joined on 15/03/2021.", "in 15/03/2021")]
    [InlineData("Joined on 03/15/2021.", "in 03/15/2021")]
    public void Calibrate_WhenNumericJoinDateIsMonthsFromAMonthInTheSameYear_FlagsTimelineShowingTheDate(string first, string shown)
    {
        var flag = Assert.Single(Flags(FlagKinds.Timeline, first, "Joined in November 2021."));

        Assert.Equal($"{JoinSubject} {shown} (r1) vs in november 2021 (r2).", flag.Message);
    }

    [Theory]
    [InlineData("Joined Stripe on 15.03.2019.", "Joined Stripe in March 2019.")]
    [InlineData("Joined on 2019-03-15.", "Joined in march 2019.")]
    [InlineData("Joined in 2019-03.", "Joined on 15.03.2019.")]
    [InlineData("Joined in 3/2019.", "Joined on 03/15/2019.")]
    [InlineData("Joined on 15/03/2019.", "Joined in 2019.")]
    // 03/04/2019 is 3 April or 4 March: only its year is sure.
    [InlineData("Joined on 03/04/2019.", "Joined in November 2019.")]
    public void Calibrate_WhenTheSameJoinDateIsWrittenTwoWays_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Timeline, first, second));
    }
}
