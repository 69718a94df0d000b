using System.Net;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

public sealed class ScoringHubAccessTests : ServerTest
{
    [Fact]
    public async Task Negotiate_WhenSignedOut_Is401()
    {
        var response = await Server.NewClient().PostAsync("/hubs/scoring/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JoinRound_ByPanelist_ReturnsTheirOwnScorecardAndSequence()
    {
        var dana = await HubAsAsync("dana");

        var joined = (await dana.InvokeAsync("JoinRound", Loop, "r4")).GetProperty("result");

        Assert.Equal("u-21", joined.GetProperty("scorecard").GetProperty("interviewerId").GetString());
        Assert.True(joined.GetProperty("sequence").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, joined.GetProperty("progress").ValueKind);
    }

    [Theory]
    [InlineData("priya")]
    [InlineData("casey")]
    public async Task JoinRound_ByNeitherPanelistNorRecruiter_IsRefusedWith403(string username)
    {
        var hub = await HubAsAsync(username);

        var completion = await hub.InvokeAsync("JoinRound", Loop, "r4");

        Assert.Equal(403, Problem(completion).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Change_ByRecruiter_IsRefusedWith403()
    {
        var riley = await HubAsAsync("riley");

        var completion = await riley.InvokeAsync("Change", Loop, "r4", Rating("scope", 3));

        Assert.Equal(403, Problem(completion).GetProperty("status").GetInt32());
    }
}
