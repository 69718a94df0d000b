using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests.Rounds;

public sealed partial class RoundAmendmentTests
{
    private static readonly DateTimeOffset Later = RoundBuilder.Now.AddHours(3);

    private static ScorecardChange RateScope(int value, string op = "amend-1") => new(op, ScorecardField.Rating, "scope", value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Amend_SubmittedScorecard_ChangesTheFieldKeepsItSubmittedAndRecordsTheOldValueAndReason()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");
        var submittedAt = round.ScorecardOf("u-1").SubmittedAt;

        round.Do(round.Amend("u-1", RateScope(4), "  Re-read my notes: the split touched four teams.  ", Later));

        var card = round.ScorecardOf("u-1");
        Assert.Equal(4, card.Ratings["scope"]);
        Assert.Equal(submittedAt, card.SubmittedAt);
        var amendment = Assert.Single(Assert.Single(round.Audits).Amendments);
        Assert.Equal("3", amendment.PreviousValue);
        Assert.Equal("Re-read my notes: the split touched four teams.", amendment.Reason);
        Assert.Equal(Later, amendment.At);
    }

    [Fact]
    public void Amend_ResentWithTheSameOperationId_DecidesNothing()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");
        round.Do(round.Amend("u-1", RateScope(4), "Typo.", Later));

        Assert.Empty(round.Amend("u-1", RateScope(4), "Typo.", Later));
    }

    [Fact]
    public void Amend_Draft_IsRefusedAsNotSubmitted()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Rate("u-1", "scope", 3);

        var error = Assert.Throws<DomainException>(() => round.Amend("u-1", RateScope(4), "Typo.", Later));

        Assert.Equal("scorecard.not_submitted", error.Code);
    }

    [Fact]
    public void Amend_ByInterviewerNotOnThePanel_IsRefused()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        Assert.Throws<NotOnPanelException>(() => round.Amend("u-9", RateScope(4), "Typo.", Later));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Amend_WithoutAReason_IsRefusedNamingTheReason(string reason)
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        var error = Assert.Throws<DomainException>(() => round.Amend("u-1", RateScope(4), reason, Later));

        Assert.Equal("reason", error.Field);
    }

    [Fact]
    public void Amend_ReasonAtTheLimit_IsAccepted_OneOverIsRefused()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        Assert.Single(round.Amend("u-1", RateScope(4), new string('r', AuditText.MaxReasonLength), Later));
        Assert.Throws<DomainException>(() => round.Amend("u-1", RateScope(4), new string('r', AuditText.MaxReasonLength + 1), Later));
    }

    [Fact]
    public void Amend_ThatChangesNothing_IsRefused()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        var error = Assert.Throws<DomainException>(() => round.Amend("u-1", RateScope(3), "Same.", Later));

        Assert.Equal("amendment.no_change", error.Code);
    }

    [Fact]
    public void Amend_WithRatingOffScale_IsRefusedNamingTheDimension()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");

        var error = Assert.Throws<DomainException>(() => round.Amend("u-1", RateScope(6), "Typo.", Later));

        Assert.Equal("ratings.scope", error.Field);
    }
}
