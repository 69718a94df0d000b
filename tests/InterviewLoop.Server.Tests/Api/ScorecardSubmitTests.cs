using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class ScorecardSubmitTests : ServerTest
{
    [Fact]
    public async Task Submit_WithoutRecommendation_Is400NamingIt()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 4);

        var response = await dana.PostAsJsonAsync($"{SampleRounds.R4}/scorecards/me/submit", new { operationId = "submit-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("recommendation", (await response.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Submit_LocksTheScorecard_SoALaterChangeIs409()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);
        await dana.ChangeAsync(SampleRounds.R4, "recommendation", null, "yes");

        var submit = await dana.PostAsJsonAsync($"{SampleRounds.R4}/scorecards/me/submit", new { operationId = "submit-1" });
        var late = await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 5);

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.NotEqual(JsonValueKindNull, (await submit.JsonAsync()).GetProperty("scorecard").GetProperty("submittedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Round_OfUnknownLoop_Is404()
    {
        var dana = await SignedInAsync("dana");

        var response = await dana.GetAsync("/api/loops/no-such-loop/rounds/r1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
