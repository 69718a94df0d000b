using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

/// <summary>Ranges ("from 2019 to 2023", "2019-2023"): a stay's start and end are compared each on its own.</summary>
public sealed partial class TimelineTests
{
    [Theory]
    [InlineData("Was at Stripe from 2019 to 2023.", "Was at Stripe from 2021 to 2023.", "from 2019 to 2023 (r1) vs from 2021 to 2023 (r2)")]
    [InlineData("Was at Stripe 2019-2023.", "Was at Stripe 2021–2023.", "from 2019 to 2023 (r1) vs from 2021 to 2023 (r2)")]
    [InlineData("Was at Stripe from March 2019 to June 2023.", "Was at Stripe from March 2021 to June 2023.", "from march 2019 to june 2023 (r1) vs from march 2021 to june 2023 (r2)")]
    [InlineData("Was at Stripe 2019-2023.", "Joined Stripe in 2021.", "from 2019 to 2023 (r1) vs in 2021 (r2)")]
    public void Calibrate_WhenRangesStartInDifferentYears_FlagsTheStartShowingTheRanges(string first, string second, string shown)
    {
        var flag = Assert.Single(Flags(FlagKinds.Timeline, first, second));

        Assert.Equal($"{JoinSubject} {shown}.", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenRangesEndInDifferentYears_FlagsTheEnd()
    {
        var flag = Assert.Single(Flags(FlagKinds.Timeline, "Was at Stripe 2019-2023.", "Was at Stripe from 2019 to 2021."));

        Assert.Equal("Dates or tenure disagree on the end at the current company: from 2019 to 2023 (r1) vs from 2019 to 2021 (r2).", flag.Message);
    }

    [Theory]
    [InlineData("Was at Stripe from 2019 to 2023.", "Was at Stripe 2019-2023.")]
    [InlineData("Was at Stripe from 2019 to 2023.", "Joined Stripe in 2019.")]
    [InlineData("Was at Stripe from March 2019 to June 2023.", "Was at Stripe 2019–2023.")]
    [InlineData("Was at Stripe 2019-03 to 2023-06.", "Was at Stripe from march 2019 to june 2023.")]
    // An event's range is when it happened, all of it.
    [InlineData("The reorg ran from 2022 to 2023.", "The reorg was in 2023.")]
    public void Calibrate_WhenTheSameRangeIsWrittenTwoWaysOrAgreesWithAStart_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.Timeline, first, second));
    }
}
