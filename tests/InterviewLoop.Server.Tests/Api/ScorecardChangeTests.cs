using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class ScorecardChangeTests : ServerTest
{
    [Fact]
    public async Task Change_WhenRatingOutsideScale_IsRejectedNamingTheField()
    {
        var dana = await SignedInAsync("dana");

        var response = await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 7);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("ratings.scope", problem.GetProperty("field").GetString());
        Assert.Equal("ratings.scope: 7 is outside 1..5", problem.GetProperty("errors").GetProperty("ratings.scope")[0].GetString());
        var own = await dana.GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.False(own.GetProperty("scorecard").GetProperty("ratings").TryGetProperty("scope", out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Change_AtScaleEnds_IsAcceptedAndAcknowledged(int rating)
    {
        var dana = await SignedInAsync("dana");

        var response = await dana.ChangeAsync(SampleRounds.R4, "rating", "judgment", rating);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = await response.JsonAsync();
        Assert.False(ack.GetProperty("duplicate").GetBoolean());
        Assert.Equal(rating, ack.GetProperty("scorecard").GetProperty("ratings").GetProperty("judgment").GetInt32());
    }

    [Fact]
    public async Task Change_WithUnknownField_Is400NamingField()
    {
        var dana = await SignedInAsync("dana");

        var response = await dana.ChangeAsync(SampleRounds.R4, "mood", null, "great");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("field", (await response.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Change_ResentWithSameOperationId_IsADuplicateAtTheSameSequence()
    {
        var dana = await SignedInAsync("dana");
        var change = new { operationId = "op-1", field = "recommendation", dimension = (string?)null, value = "yes" };

        var first = await (await dana.PatchJsonAsync($"{SampleRounds.R4}/scorecards/me", change)).JsonAsync();
        var again = await (await dana.PatchJsonAsync($"{SampleRounds.R4}/scorecards/me", change)).JsonAsync();

        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("sequence").GetInt64(), again.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Change_ByInterviewerNotOnThePanel_Is403()
    {
        var priya = await SignedInAsync("priya");

        var response = await priya.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Change_ByRecruiter_Is403()
    {
        var riley = await SignedInAsync("riley");

        var response = await riley.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
