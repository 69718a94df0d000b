using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentBoundaryTests
{
    [Fact]
    public void Read_SpecExample_RatingSevenIsRejectedWithTheContractsMessage()
    {
        var error = ReadErrors.Of(TestFiles.Fixture("rating-out-of-range-loop.json"));

        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope: 7 is outside 1..5", error.Message);
        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope", error.Path);
        Assert.Equal("7 is outside 1..5", error.Problem);
        Assert.Equal(LoopDocumentException.ErrorCode, error.Code);
        Assert.Equal(error.Path, error.Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Read_RatingAtScaleBoundaries_AcceptsOneToFiveOnly(int rating, bool accepted)
    {
        var json = Edit(Minimal, d => FirstCard(d)["ratings"]!["scope"] = rating);

        if (accepted) Assert.Equal(rating, LoopDocumentReader.Read(json).Rounds[0].Scorecards[0].Ratings["scope"]);
        else Assert.Equal($"loop.rounds[0].scorecards[0].ratings.scope: {rating} is outside 1..5", ReadErrors.Of(json).Message);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(480, true)]
    [InlineData(481, false)]
    public void Read_DurationAtBoundaries_AcceptsFiveTo480(int minutes, bool accepted)
    {
        var json = Edit(Minimal, d => FirstRound(d)["durationMinutes"] = minutes);

        if (accepted) Assert.Equal(minutes, LoopDocumentReader.Read(json).Rounds[0].Plan.DurationMinutes);
        else Assert.Equal($"loop.rounds[0].durationMinutes: {minutes} is outside 5..480", ReadErrors.Of(json).Message);
    }
}
