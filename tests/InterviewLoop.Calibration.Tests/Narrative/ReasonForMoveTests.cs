using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;
using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

public sealed class ReasonForMoveTests
{
    [Fact]
    public void Calibrate_WhenReasonsFallInDifferentCategories_FlagsHighWithBothQuotes()
    {
        var flag = Assert.Single(Flags(FlagKinds.ReasonForMove,
            "He is leaving because a reorg turned his job into coordination.",
            "Main reason for the move is money: an outside offer pays 30% more."));

        Assert.Equal(FlagSeverity.High, flag.Severity);
        Assert.Equal(["r1", "r2"], flag.Rounds);
        Assert.Equal("Reason for moving differs: reorg or manager change (r1) vs compensation (r2).", flag.Message);
        Assert.Equal(["u-1", "u-2"], flag.Evidence.Select(e => e.Interviewer));
    }

    [Theory]
    [InlineData("Looking because of the reorg last spring.", "She is leaving after the restructuring changed her team.")]
    [InlineData("Leaving because he has hit the ceiling in his role.", "His reason: he has outgrown the scope he has.")]
    [InlineData("Why moving: she was laid off in March.", "Her position was eliminated when the company downsized.")]
    [InlineData("Looking because he burned out on call.", "He wants a healthier, sustainable pace; that is why he is leaving.")]
    [InlineData("Leaving because of the reorg.", "Money isn't the driver; the reorg is why he is looking.")]
    [InlineData("Leaving because of burnout.", "Burnout, he said, and a better offer also helps.")]
    public void Calibrate_WhenTheSameReasonIsRetold_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.ReasonForMove, first, second));
    }

    [Theory]
    [InlineData("Looking because of the reorg last spring.")]
    [InlineData("Why moving: the reorg left her without a team.")]
    [InlineData("His reason for leaving is that he has outgrown the scope he has.")]
    [InlineData("She is leaving after the restructuring changed her team.")]
    [InlineData("He wants a healthier, sustainable pace, which is why he is leaving.")]
    public void Calibrate_ReadsEachWayOfSayingWhyTheyAreMoving(string sentence)
    {
        Assert.Single(Flags(FlagKinds.ReasonForMove, sentence, "Leaving for the money: an outside offer pays more."));
    }

    [Theory]
    [InlineData("He redesigned the pay service because retries double-charged customers.", "Leaving because of the reorg.")]
    [InlineData("After the acquisition of our vendor he migrated the billing jobs.", "Leaving for the money.")]
    [InlineData("He moved the jobs off cron since it was stressing the database.", "Leaving because of the reorg.")]
    [InlineData("Equity data moved to the new store because reads were slow.", "Leaving because of the reorg.")]
    public void Calibrate_WhenATechnicalNoteMerelySaysBecause_ReadsNoReasonFromIt(string technical, string reason)
    {
        Assert.Empty(Flags(FlagKinds.ReasonForMove, technical, reason));
    }

    [Theory]
    [InlineData("He is not leaving because of money, he wants bigger scope.")]
    [InlineData("He isn't leaving for the money, he wants bigger scope.")]
    public void Calibrate_WhenAReasonIsDeniedFurtherBack_DoesNotCountIt(string denied)
    {
        var flag = Assert.Single(Flags(FlagKinds.ReasonForMove, denied, "Main reason is money: an outside offer pays 30% more."));

        Assert.StartsWith("Reason for moving differs: limited scope (r1) vs compensation (r2)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_WhenNoSentenceTalksAboutMoving_ReadsNoReason()
    {
        Assert.Empty(Flags(FlagKinds.ReasonForMove, "The reorg project he led went well.", "His salary service handles payroll."));
    }

    [Fact]
    public void Calibrate_ReadsTaggedReasonsBesideFreeText()
    {
        var loop = new LoopBuilder()
            .Round("r1", r => r.Card("u-1", c => c.Rate("role_fit", 3).Claim(ClaimTopic.ReasonForMove, "compensation", "I'm underpaid")), CareerNarrativeRubric.V1.Id)
            .Round("r2", r => r.Card("u-2", c => c.Rate("role_fit", 3).Note("transition_explanation", "Burned out after two years of on-call.")), CareerNarrativeRubric.V1.Id)
            .Build();

        var flag = Assert.Single(Flags(loop, FlagKinds.ReasonForMove));

        Assert.Equal("I'm underpaid", flag.Evidence[0].Quote);
    }

    [Fact]
    public void Calibrate_DoesNotCompareTwoInterviewersInTheSameRound()
    {
        var loop = new LoopBuilder().Round("r2", r => r
            .Card("u-1", c => c.Rate("role_fit", 3).Note("transition_explanation", "Leaving because of the reorg."))
            .Card("u-2", c => c.Rate("role_fit", 3).Note("transition_explanation", "Leaving for the money.")), CareerNarrativeRubric.V1.Id).Build();

        Assert.Empty(Flags(loop, FlagKinds.ReasonForMove));
    }
}
