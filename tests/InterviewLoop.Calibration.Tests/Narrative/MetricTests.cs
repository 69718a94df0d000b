using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

public sealed class MetricTests
{
    [Theory]
    [InlineData("He onboarded 1.2k merchants.", "About 1,200 merchants were onboarded by him.")]
    [InlineData("Conversion rose ~40% after the change.", "Conversion went up roughly forty percent.")]
    [InlineData("The gateway serves 50k rps.", "The gateway serves 50,000 requests per second.")]
    [InlineData("The platform brings in $2M of revenue.", "Revenue is about two million dollars.")]
    [InlineData("Leads a team of six engineers.", "Runs a 6-person team.")]
    [InlineData("Took latency from 800 ms down to 300 ms.", "Cut latency by about 60%.")]
    [InlineData("It has over 1,000 customers.", "It has roughly 1,400 customers.")]
    [InlineData("Monthly churn went from 8% to 6%.", "Churn dropped by two percentage points.")]
    [InlineData("Leads a team of six engineers.", "Has mentored two engineers.")]
    [InlineData("On the search service he cut p99 latency by 40%.", "On the checkout service p99 latency improved about 15%.")]
    public void Calibrate_WhenFiguresAgreeOrMeasureDifferentThings_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Metric, first, second));
    }

    [Theory]
    [InlineData("Leads a team of eight engineers.", "Manages 15 engineers.", "Figures for team size differ: 8 (r1) vs 15 (r2).")]
    [InlineData("Support tickets fell by 40%.", "Cut tickets about 15%.", "Figures for the change in support tickets differ: 40% (r1) vs ~15% (r2).")]
    [InlineData("Her app has about 2 million monthly users.", "Roughly 200k monthly users.", "Figures for monthly users differ: ~2,000,000 (r1) vs ~200,000 (r2).")]
    [InlineData("Support tickets fell by approximately     40%.", "Cut tickets about 15%.", "Figures for the change in support tickets differ: ~40% (r1) vs ~15% (r2).")]
    [InlineData("Her app has roughly  \t  ~2 million monthly users.", "Roughly 200k monthly users.", "Figures for monthly users differ: ~2,000,000 (r1) vs ~200,000 (r2).")]
    public void Calibrate_WhenAFigureDiffersBeyondTolerance_FlagsWithTheFigures(string first, string second, string message)
    {
        Assert.Equal(message, Assert.Single(Flags(FlagKinds.Metric, first, second)).Message);
    }

    [Theory]
    [InlineData("He leads a team of 1.2k engineers.", "He leads a team of 1 200 engineers.")]
    [InlineData("He leads a team of 1.2k engineers.", "He leads a team of 1\u00a0200 engineers.")]
    [InlineData("He leads a team of 1.2k engineers.", "He leads a team of 1\u202f200 engineers.")]
    [InlineData("The platform has 2 500 000 users.", "The platform has 2.5 million users.")]
    public void Calibrate_WhenThousandsAreSeparatedBySpaces_ReadsOneNumberAndDoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Metric, first, second));
    }

    [Theory]
    [InlineData("He leads a team of 1 200 engineers.", "Figures for team size differ: 1,200 (r1) vs 300 (r2).")]
    [InlineData("He leads a team of 1\u202f200 engineers.", "Figures for team size differ: 1,200 (r1) vs 300 (r2).")]
    // Only groups of exactly three digits are thousands: "1 20" is two numbers.
    [InlineData("He leads a team of 1 20 engineers.", "Figures for team size differ: 1 / 20 (r1) vs 300 (r2).")]
    public void Calibrate_WhenASpaceSeparatedFigureDiffers_FlagsWithTheWholeNumber(string first, string message)
    {
        Assert.Equal(message, Assert.Single(Flags(FlagKinds.Metric, first, "He leads a team of 300 engineers.")).Message);
    }

    [Theory]
    [InlineData("Joined on 15.03.2019 and leads a team of 8 engineers.")]
    [InlineData("Joined on 2021-03-15 and leads a team of 8 engineers.")]
    public void Calibrate_WhenANoteGivesADateInDigits_ReadsNoFigureFromTheDate(string first)
    {
        var flag = Assert.Single(Flags(FlagKinds.Metric, first, "Leads a team of 15 engineers."));

        Assert.Equal("Figures for team size differ: 8 (r1) vs 15 (r2).", flag.Message);
    }

    [Theory]
    [InlineData("Leads a team of 10 engineers.", "Leads a team of 11 engineers.", false)]
    [InlineData("Leads a team of 10 engineers.", "Leads a team of 12 engineers.", true)]
    [InlineData("Leads a team of about 10 engineers.", "Leads a team of 12 engineers.", false)]
    [InlineData("Leads a team of about 10 engineers.", "Leads a team of 13 engineers.", true)]
    public void Calibrate_AppliesTenPercentToExactFiguresAndTwentyToApproximateOnes(string first, string second, bool flagged)
    {
        Assert.Equal(flagged, Flags(FlagKinds.Metric, first, second).Count == 1);
    }
}
