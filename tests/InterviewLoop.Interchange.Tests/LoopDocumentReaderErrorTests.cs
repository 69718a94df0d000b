using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentReaderErrorTests
{
    [Fact]
    public void Read_WhenJsonIsBroken_NamesThePathLineAndColumn()
    {
        const string json = "{\n  \"schema\": \"interviewloop.loop/v1\",\n  \"loop\": {\n    \"id\": \"l\",\n    \"rounds\": [ { \"id\": \"r1\" }, { \"id\": } ]\n  }\n}";

        var error = ReadErrors.Of(json);

        Assert.Equal("loop.rounds[1].id", error.Path);
        Assert.StartsWith("invalid JSON at line 5, column 41: '}' is", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"schema\": ", "schema")]
    [InlineData("{ \"loop\": { \"id\": \"x\", } }", "loop.id")]
    [InlineData("{ \"loop\": [1, 2 // c\n] }", "loop[1]")]
    [InlineData("{} {}", "$")]
    public void Read_WhenJsonIsBroken_PointsAtTheNearestPath(string json, string path)
    {
        var error = ReadErrors.Of(json);

        Assert.Equal(path, error.Path);
        Assert.StartsWith("invalid JSON at line 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAFieldAppearsTwice_RefusesWithItsPath()
    {
        var json = Minimal.Replace("\"scope\": 3", "\"scope\": 3, \"scope\": 5", StringComparison.Ordinal);

        var error = ReadErrors.Of(json);

        Assert.Equal("loop.rounds[0].scorecards[0].ratings.scope: the field appears twice in this object", error.Message);
    }

    [Fact]
    public void Read_WhenRoundIdRepeats_NamesTheSecondUse()
    {
        var error = ReadErrors.OfMinimal(d => d["loop"]!["rounds"]!.AsArray().Add(FirstRound(d).DeepClone()));

        Assert.Equal("loop.rounds[1].id: round id 'r1' is already used by loop.rounds[0]", error.Message);
    }

    [Fact]
    public void Read_WhenRatingIsNotADimensionOfABuiltInRubric_SuggestsTheNearestOne()
    {
        var error = ReadErrors.OfMinimal(d => FirstCard(d)["ratings"]!["scopes"] = 3);

        Assert.Equal("loop.rounds[0].scorecards[0].ratings.scopes: 'scopes' is not a dimension of rubric 'senior-evidence/v1'; did you mean 'scope'?", error.Message);
    }

    [Fact]
    public void Read_WhenRatingIsFarFromAnyDimension_ListsTheRubricsDimensions()
    {
        var error = ReadErrors.OfMinimal(d => FirstCard(d)["ratings"]!["charisma"] = 3);

        Assert.EndsWith("its dimensions are scope, autonomy, judgment, production_ownership, impact, influence, reflection", error.Message, StringComparison.Ordinal);
        Assert.Equal("loop.rounds[0].scorecards[0].ratings.charisma", error.Path);
    }

    [Fact]
    public void Read_WhenNoteDimensionIsNotInTheRubric_NamesTheNote()
    {
        var error = ReadErrors.OfMinimal(d => FirstCard(d)["notes"] = new JsonArray(
            new JsonObject { ["dimension"] = "scope", ["text"] = "ok" },
            new JsonObject { ["dimension"] = "through_line", ["text"] = "wrong rubric" }));

        Assert.Equal("loop.rounds[0].scorecards[0].notes[1].dimension", error.Path);
        Assert.StartsWith("'through_line' is not a dimension of rubric 'senior-evidence/v1'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenOrganisationRubricDimensionIsNotAnId_Refuses()
    {
        var error = ReadErrors.OfMinimal(d =>
        {
            FirstRound(d)["rubric"] = "acme/v1";
            FirstCard(d)["ratings"]!["api design"] = 3;
        });

        Assert.Equal("loop.rounds[0].scorecards[0].ratings[\"api design\"]", error.Path);
        Assert.StartsWith("'api design' is not a dimension id", error.Problem, StringComparison.Ordinal);
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
