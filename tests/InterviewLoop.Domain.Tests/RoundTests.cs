using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests;

public sealed class RoundTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static Round Scheduled(string rubric = "senior-evidence/v1")
    {
        var round = new Round();
        var panel = new Panel([new PanelMember("u-1", "One", PanelRole.Lead), new PanelMember("u-2", "Two", PanelRole.Shadow)]);
        round.Apply(new RoundScheduled("loop-1", new RoundPlan("r1", RoundKind.Behavioral, rubric, null, 45, panel)));
        return round;
    }

    private static void Act(Round round, IReadOnlyList<IRoundEvent> events)
    {
        foreach (var e in events) round.Apply(e);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("four")]
    [InlineData("3.5")]
    public void Change_RatingOffScale_IsRejectedNamingTheDimension(string value)
    {
        var error = Assert.Throws<DomainException>(() =>
            Scheduled().Change("u-1", new ScorecardChange("op", ScorecardField.Rating, "scope", value), Now));

        Assert.Equal("ratings.scope", error.Field);
    }

    [Fact]
    public void Change_RatingOnDimensionOutsideRubric_IsRejected()
    {
        var error = Assert.Throws<DomainException>(() =>
            Scheduled().Change("u-1", new ScorecardChange("op", ScorecardField.Rating, "through_line", "3"), Now));

        Assert.Equal("dimension", error.Field);
    }

    [Fact]
    public void Change_OnOrganisationRubric_AcceptsItsOwnDimensions()
    {
        var round = Scheduled("acme-coding/v2");

        Act(round, round.Change("u-1", new ScorecardChange("op", ScorecardField.Rating, "testing", "2"), Now));

        Assert.Equal(2, round.ScorecardOf("u-1").Ratings["testing"]);
    }

    [Fact]
    public void Changes_SetEveryFieldOfTheDraft()
    {
        var round = Scheduled();

        Act(round, round.Change("u-1", new ScorecardChange("a", ScorecardField.Rating, "impact", "5"), Now));
        Act(round, round.Change("u-1", new ScorecardChange("b", ScorecardField.Note, "impact", "Cut p99 from 900 ms to 250 ms."), Now));
        Act(round, round.Change("u-1", new ScorecardChange("c", ScorecardField.Recommendation, null, "strong_yes"), Now));
        Act(round, round.Change("u-1", new ScorecardChange("d", ScorecardField.LevelRecommendation, null, "L5"), Now));
        Act(round, round.Change("u-1", new ScorecardChange("e", ScorecardField.Summary, null, "Clear owner."), Now));

        var card = round.ScorecardOf("u-1");
        Assert.Equal(5, card.Ratings["impact"]);
        Assert.Equal("Cut p99 from 900 ms to 250 ms.", Assert.Single(card.NotesFor("impact")).Text);
        Assert.Equal(Recommendation.StrongYes, card.Recommendation);
        Assert.Equal(Level.FromRank(5), card.LevelRecommendation);
        Assert.Equal("Clear owner.", card.Summary);
        Assert.False(card.IsSubmitted);
    }

    [Fact]
    public void Change_ClearingARating_RemovesIt()
    {
        var round = Scheduled();
        Act(round, round.Change("u-1", new ScorecardChange("a", ScorecardField.Rating, "impact", "5"), Now));

        Act(round, round.Change("u-1", new ScorecardChange("b", ScorecardField.Rating, "impact", null), Now));

        Assert.Empty(round.ScorecardOf("u-1").Ratings);
    }

    [Fact]
    public void AssignPanel_DroppingSomeoneWhoSubmitted_IsRefused()
    {
        var round = Scheduled();
        Act(round, round.Change("u-2", new ScorecardChange("a", ScorecardField.Rating, "scope", "3"), Now));
        Act(round, round.Change("u-2", new ScorecardChange("b", ScorecardField.Recommendation, null, "mixed"), Now));
        Act(round, round.Submit("u-2", "c", Now));

        var error = Assert.Throws<DomainException>(() =>
            round.AssignPanel(new Panel([new PanelMember("u-1", "One", PanelRole.Lead)])));

        Assert.Equal("panel.member_submitted", error.Code);
    }

    [Fact]
    public void Panel_WithDuplicateMember_IsRefused() =>
        Assert.Throws<DomainException>(() => new Panel([
            new PanelMember("u-1", "One", PanelRole.Lead), new PanelMember("u-1", "One", PanelRole.Shadow)]));
}
