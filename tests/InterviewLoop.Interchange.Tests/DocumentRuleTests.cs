using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class DocumentRuleTests
{
    [Fact]
    public void Read_WhenRoundIdRepeats_NamesTheSecondUse()
    {
        var error = ReadErrors.OfMinimal(d => d["loop"]!["rounds"]!.AsArray().Add(FirstRound(d).DeepClone()));

        Assert.Equal("loop.rounds[1].id: round id 'r1' is already used by loop.rounds[0]", error.Message);
    }

    [Fact]
    public void Read_WhenInterviewerHasTwoScorecardsInOneRound_NamesTheSecond()
    {
        var error = ReadErrors.OfMinimal(d => FirstRound(d)["scorecards"]!.AsArray().Add(FirstCard(d).DeepClone()));

        Assert.Equal("loop.rounds[0].scorecards[1].interviewer.id: 'u-5' already has a scorecard in this round (scorecards[0])", error.Message);
    }

    [Fact]
    public void Read_WhenScorecardInterviewerIsNotOnTheListedPanel_Refuses()
    {
        var error = ReadErrors.OfMinimal(d => FirstRound(d)["panel"] = new JsonArray(
            new JsonObject { ["id"] = "u-21", ["displayName"] = "Dana K.", ["role"] = "lead" }));

        Assert.Equal("loop.rounds[0].scorecards[0].interviewer.id: 'u-5' is not on this round's panel", error.Message);
    }

    [Fact]
    public void Read_WhenPanelListsSomeoneTwice_NamesTheSecondSeat()
    {
        var member = new JsonObject { ["id"] = "u-5", ["displayName"] = "Alex", ["role"] = "lead" };
        var error = ReadErrors.OfMinimal(d => FirstRound(d)["panel"] = new JsonArray(member, member.DeepClone()));

        Assert.Equal("loop.rounds[0].panel[1].id: 'u-5' is already on this panel (panel[0])", error.Message);
    }

    [Fact]
    public void Read_WhenSubmittedScorecardHasNoRecommendation_Refuses()
    {
        var error = ReadErrors.OfMinimal(d => FirstCard(d)["submittedAt"] = "2026-11-02T16:10:00Z");

        Assert.Equal("loop.rounds[0].scorecards[0].recommendation: is required once submittedAt is set", error.Message);
    }

    [Fact]
    public void Read_WhenSubmittedScorecardRatesNothing_Refuses()
    {
        var error = ReadErrors.OfMinimal(d =>
        {
            FirstCard(d)["submittedAt"] = "2026-11-02T16:10:00Z";
            FirstCard(d)["recommendation"] = "yes";
            FirstCard(d)["ratings"] = new JsonObject();
        });

        Assert.Equal("loop.rounds[0].scorecards[0].ratings: a submitted scorecard rates at least one dimension", error.Message);
    }

    [Fact]
    public void Read_WhenCandidateNameIsBlank_RefusesWithTheDomainsRule()
    {
        var error = ReadErrors.OfMinimal(d => d["loop"]!["candidate"]!["displayName"] = "   ");

        Assert.Equal("loop.candidate.displayName: must not be empty", error.Message);
    }

    [Fact]
    public void Read_ReportsTheFirstSchemaErrorInDocumentOrder()
    {
        var error = ReadErrors.OfMinimal(d =>
        {
            d["loop"]!["role"]!["track"] = "x";
            FirstCard(d)["ratings"]!["scope"] = 9;
        });

        Assert.Equal("loop.role.track", error.Path);
    }
}
