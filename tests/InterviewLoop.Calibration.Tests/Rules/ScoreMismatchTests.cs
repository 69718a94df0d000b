using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Scoring;
using static InterviewLoop.Calibration.Tests.Rules.FlagAssertions;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class ScoreMismatchTests
{
    private const string Glowing = "Excellent, thoughtful candidate with clear decisions.";
    private const string Critical = "Vague answers, shallow on design and unclear about his own part.";

    private static IReadOnlyList<Flag> Mismatches(Action<ScorecardBuilder> build) =>
        FlagsOf(new LoopBuilder().Round("r2", r => r.Card("u-40", build)).Build(), FlagKinds.ScoreMismatch);

    [Theory]
    [InlineData(Recommendation.No, FlagSeverity.Medium)]
    [InlineData(Recommendation.StrongNo, FlagSeverity.High)]
    public void Calibrate_WhenGlowingSummaryComesWithANo_Flags(Recommendation recommendation, FlagSeverity severity)
    {
        var flag = Assert.Single(Mismatches(c => c.Rate("scope", 3).Summary(Glowing).Recommend(recommendation)));

        Assert.Equal(severity, flag.Severity);
        Assert.Null(flag.Dimension);
        Assert.Equal(Glowing, flag.Evidence[0].Quote);
        Assert.Contains("reads positive", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenGlowingSummaryComesWithLowRatings_Flags()
    {
        Assert.Single(Mismatches(c => c.Rate("scope", 2).Rate("impact", 3).Summary(Glowing).Recommend(Recommendation.Mixed)));
    }

    [Fact]
    public void Calibrate_WhenCriticalSummaryComesWithStrongYes_FlagsHigh()
    {
        var flag = Assert.Single(Mismatches(c => c.Rate("scope", 3).Summary(Critical).Recommend(Recommendation.StrongYes)));

        Assert.Equal(FlagSeverity.High, flag.Severity);
        Assert.Contains("reads negative", flag.Message);
    }

    [Theory]
    [InlineData(Glowing, Recommendation.Yes, 4)]
    [InlineData(Critical, Recommendation.No, 2)]
    [InlineData("Excellent on scope but weak on impact.", Recommendation.No, 2)]
    [InlineData("Not clear, not convincing.", Recommendation.No, 2)]
    public void Calibrate_WhenWordsAgreeWithScores_DoesNotFlag(string summary, Recommendation recommendation, int rating)
    {
        Assert.Empty(Mismatches(c => c.Rate("scope", rating).Summary(summary).Recommend(recommendation)));
    }

    [Theory]
    [InlineData("Clear, crisp, impressive communicator; unfortunately couldn't code.")]
    [InlineData("Clear, crisp, impressive communicator; unfortunately couldn\u2019t code.")]
    [InlineData("Clear, crisp and impressive. However, unable to code.")]
    public void Calibrate_WhenPraiseIsTurnedByAContrastIntoInability_DoesNotFlagANo(string summary)
    {
        Assert.Empty(Mismatches(c => c.Rate("scope", 2).Summary(summary).Recommend(Recommendation.No)));
    }

    [Theory]
    [InlineData("I had concerns early on\u2026 worried the answers were thin, but they were resolved.")]
    [InlineData("I was worried the answers were thin; those concerns were cleared up once we went deeper.")]
    public void Calibrate_WhenConcernsWereResolved_DoesNotFlagAYes(string summary)
    {
        Assert.Empty(Mismatches(c => c.Rate("scope", 4).Summary(summary).Recommend(Recommendation.Yes)));
    }

    [Theory]
    [InlineData("Some concerns early, but excellent, thoughtful, convincing answers throughout.", Recommendation.No, 2, "reads positive")]
    [InlineData("Clear communicator, but vague, shallow and unconvincing on design.", Recommendation.StrongYes, 5, "reads negative")]
    [InlineData("I was worried the answers were thin, and those concerns were never resolved.", Recommendation.Yes, 4, "reads negative")]
    [InlineData("Although vague and hesitant early on, excellent, thoughtful and convincing later.", Recommendation.No, 2, "reads positive")]
    [InlineData("Strong, clear and convincing; has not yet led a team.", Recommendation.No, 2, "reads positive")]
    [InlineData("Thoughtful, convincing design, though.", Recommendation.No, 2, "reads positive")]
    public void Calibrate_WhenTheVerdictAfterAContrastContradictsTheScores_Flags(
        string summary, Recommendation recommendation, int rating, string reads)
    {
        var flag = Assert.Single(Mismatches(c => c.Rate("scope", rating).Summary(summary).Recommend(recommendation)));

        Assert.Contains(reads, flag.Message);
    }

    [Theory]
    [InlineData("Couldn't explain the design and failed to test it.")]
    [InlineData("Did not manage to finish; struggled to explain it.")]
    public void Calibrate_WhenInabilityPhrasesComeWithAStrongYes_FlagsHigh(string summary)
    {
        var flag = Assert.Single(Mismatches(c => c.Rate("scope", 4).Rate("impact", 5).Summary(summary).Recommend(Recommendation.StrongYes)));

        Assert.Equal(FlagSeverity.High, flag.Severity);
    }

    [Fact]
    public void Calibrate_WhenNotePraisesADimensionRatedTwo_FlagsThatDimension()
    {
        const string note = "Excellent, strong partnership with support during the rollout.";

        var flag = Assert.Single(Mismatches(c => c.Rate("influence", 2).Note("influence", note)));

        Assert.Equal("influence", flag.Dimension);
        Assert.Equal(["influence: 2", note], flag.Evidence.Select(e => e.Quote));
        Assert.Contains("praised influence", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenNoteCriticisesADimensionRatedFive_Flags()
    {
        Assert.Single(Mismatches(c => c.Rate("judgment", 5).Note("judgment", "Vague and shallow on alternatives.")));
    }

    [Fact]
    public void Calibrate_WhenNoteHasOneAdjectiveOnly_DoesNotFlag()
    {
        Assert.Empty(Mismatches(c => c.Rate("influence", 2).Note("influence", "Clear about who was involved.")));
    }
}
