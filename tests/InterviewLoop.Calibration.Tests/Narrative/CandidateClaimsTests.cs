using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Tests.Narrative;

public sealed class CandidateClaimsTests
{
    [Fact]
    public void Read_ReturnsWhatWasReadFromFreeTextAndTags_WithRoundInterviewerAndQuote()
    {
        var loop = new LoopBuilder().Round("r1", r => r.Card("u-17", c => c
            .Rate("through_line", 3)
            .Note("transition_explanation", "Leaving because a reorg turned her job into coordination.")
            .Claim(ClaimTopic.Metric, "6", "a team of six engineers", "team size")), CareerNarrativeRubric.V1.Id).Build();

        var claims = CandidateClaims.Read(loop);

        var reason = Assert.Single(claims, c => c.Topic == ClaimTopic.ReasonForMove);
        Assert.Equal(("r1", "u-17", "reorg or manager change", false), (reason.Round, reason.Interviewer, reason.Value, reason.Tagged));
        Assert.Equal("Leaving because a reorg turned her job into coordination.", reason.Quote);
        var metric = Assert.Single(claims, c => c.Topic == ClaimTopic.Metric);
        Assert.Equal(("team size", "6", true), (metric.Subject, metric.Value, metric.Tagged));
    }

    [Fact]
    public void Read_IgnoresDraftScorecards()
    {
        var loop = new LoopBuilder().Round("r1", r => r.Card("u-17", c => c
            .Rate("through_line", 3).Note(null, "Leaving because of the layoffs.").Draft()), CareerNarrativeRubric.V1.Id).Build();

        Assert.Empty(CandidateClaims.Read(loop));
    }
}
