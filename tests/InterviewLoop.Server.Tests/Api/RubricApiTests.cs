using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class RubricApiTests : ServerTest
{
    [Fact]
    public async Task Rubric_WithSlashInId_ReturnsDimensionsWithAnchorsAtOneThreeFive()
    {
        var dana = await SignedInAsync("dana");

        var rubric = await dana.GetJsonAsync("/api/rubrics/senior-evidence/v1");

        var dimensions = rubric.GetProperty("dimensions").EnumerateArray().ToArray();
        Assert.Equal(7, dimensions.Length);
        Assert.Equal("scope", dimensions[0].GetProperty("id").GetString());
        Assert.Equal(["1", "3", "5"], dimensions[0].GetProperty("anchors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Rubric_Unknown_Is404()
    {
        var dana = await SignedInAsync("dana");

        Assert.Equal(HttpStatusCode.NotFound, (await dana.GetAsync("/api/rubrics/made-up/v9")).StatusCode);
    }

    [Fact]
    public async Task MyRounds_ForDana_ListsTheLiveRoundAsLead()
    {
        var dana = await SignedInAsync("dana");

        var rounds = await dana.GetJsonAsync("/api/me/rounds");

        var r4 = Assert.Single(rounds.EnumerateArray());
        Assert.Equal("r4", r4.GetProperty("roundId").GetString());
        Assert.Equal("lead", r4.GetProperty("panelRole").GetString());
        Assert.Equal("system_design", r4.GetProperty("kind").GetString());
        Assert.False(r4.GetProperty("submitted").GetBoolean());
    }
}
