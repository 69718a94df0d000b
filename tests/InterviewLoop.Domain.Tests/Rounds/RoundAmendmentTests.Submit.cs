using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests.Rounds;

/// <summary>Submits with a reason and coherence warnings.</summary>
public sealed partial class RoundAmendmentTests
{
    [Fact]
    public void Submit_WithAReasonAndWarnings_KeepsThemInTheAudit()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Rate("u-1", "impact", 5);
        round.Do(round.Change("u-1", new ScorecardChange("rec", ScorecardField.Recommendation, null, "yes"), RoundBuilder.Now));

        round.Do(round.Submit("u-1", "submit", Later, "The impact note is in the summary.", ["unsupported_rating:impact"]));

        var audit = Assert.Single(round.Audits);
        Assert.Equal("The impact note is in the summary.", audit.SubmitReason);
        Assert.Equal(["unsupported_rating:impact"], audit.SubmitWarnings);
        Assert.True(round.ScorecardOf("u-1").IsSubmitted);
    }
    [Fact]
    public void Submit_WithABlankReason_IsRefused()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Rate("u-1", "impact", 5);
        round.Do(round.Change("u-1", new ScorecardChange("rec", ScorecardField.Recommendation, null, "yes"), RoundBuilder.Now));

        Assert.Throws<DomainException>(() => round.Submit("u-1", "submit", Later, " "));
    }
    [Fact]
    public void Submit_StoredBeforeReasonsExisted_LeavesNoAudit()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        Assert.Empty(round.Audits);
    }
}
