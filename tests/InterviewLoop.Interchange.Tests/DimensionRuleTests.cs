using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class DimensionRuleTests
{
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
}
