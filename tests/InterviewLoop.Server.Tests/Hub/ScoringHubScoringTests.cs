using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

public sealed class ScoringHubScoringTests : ServerTest
{
    [Fact]
    public async Task Change_WithRatingOfSeven_IsRefusedNamingTheField()
    {
        var dana = await HubAsAsync("dana");

        var completion = await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 7));

        var problem = Problem(completion);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("ratings.scope", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Change_IsAcknowledgedOnceDurable_AndAResendIsADuplicate()
    {
        var dana = await HubAsAsync("dana");
        var http = await SignedInAsync("dana");

        var ack = (await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 4, "op-7"))).GetProperty("result");
        var stored = await http.GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        var resend = (await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 4, "op-7"))).GetProperty("result");

        Assert.Equal(4, ack.GetProperty("scorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.Equal(ack.GetProperty("sequence").GetInt64(), stored.GetProperty("sequence").GetInt64());
        Assert.True(resend.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Change_IsPushedToTheSameInterviewersOtherPage_ProgressToTheRecruiter_NothingToTheColleague()
    {
        var page = await HubAsAsync("dana");
        var otherPage = await HubAsAsync("dana");
        var colleague = await HubAsAsync("lee");
        var recruiter = await HubAsAsync("riley");
        foreach (var hub in new[] { page, otherPage, colleague, recruiter }) await hub.InvokeAsync("JoinRound", Loop, "r4");

        page.TakeReceivedPushes();

        await page.InvokeAsync("Change", Loop, "r4", Rating("impact", 5));

        var pushed = await otherPage.NextPushAsync("ScorecardChanged");
        Assert.Equal(5, pushed.GetProperty("scorecard").GetProperty("ratings").GetProperty("impact").GetInt32());
        // The sending page has the scorecard in its answer, which comes after anything pushed to it.
        Assert.DoesNotContain(page.TakeReceivedPushes(), p => p.GetProperty("target").GetString() == "ScorecardChanged");
        var progress = await recruiter.NextPushAsync("ProgressChanged");
        Assert.Equal(["u-21"], progress.GetProperty("started").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("ratings", progress.GetRawText());
        // A later round trip on the colleague's connection arrives after anything pushed to it before.
        await colleague.InvokeAsync("JoinRound", Loop, "r4");
        Assert.All(colleague.TakeReceivedPushes(), p => Assert.DoesNotContain("\"ratings\"", p.GetRawText()));
    }

    [Fact]
    public async Task ChangeOverRest_IsPushedToEveryOpenPageOfTheInterviewer()
    {
        var page = await HubAsAsync("dana");
        var otherPage = await HubAsAsync("dana");
        foreach (var hub in new[] { page, otherPage }) await hub.InvokeAsync("JoinRound", Loop, "r4");
        var http = await SignedInAsync("dana");

        var response = await http.PatchJsonAsync($"{SampleRounds.R4}/scorecards/me", new { operationId = "rest-1", field = "rating", dimension = "impact", value = "2" });

        response.EnsureSuccessStatusCode();
        foreach (var hub in new[] { page, otherPage })
        {
            var pushed = await hub.NextPushAsync("ScorecardChanged", p => p.GetProperty("operationId").GetString() == "rest-1");
            Assert.Equal(2, pushed.GetProperty("scorecard").GetProperty("ratings").GetProperty("impact").GetInt32());
        }
    }

    [Fact]
    public async Task SubmitFromAPage_IsPushedToTheOtherPageOnly()
    {
        var page = await HubAsAsync("dana");
        var otherPage = await HubAsAsync("dana");
        foreach (var hub in new[] { page, otherPage }) await hub.InvokeAsync("JoinRound", Loop, "r4");
        await page.InvokeAsync("Change", Loop, "r4", Rating("scope", 3));
        await page.InvokeAsync("Change", Loop, "r4", new { operationId = "rec-2", field = "recommendation", dimension = (string?)null, value = "yes" });
        page.TakeReceivedPushes();

        await page.InvokeAsync("SubmitWithReason", Loop, "r4", "submit-2", "Only one dimension was covered.");

        var pushed = await otherPage.NextPushAsync("ScorecardChanged", p => p.GetProperty("operationId").GetString() == "submit-2");
        Assert.NotEqual(JsonValueKind.Null, pushed.GetProperty("scorecard").GetProperty("submittedAt").ValueKind);
        Assert.DoesNotContain(page.TakeReceivedPushes(), p => p.GetProperty("target").GetString() == "ScorecardChanged");
    }

    [Fact]
    public async Task Submit_LocksTheScorecard_AndALaterChangeIs409()
    {
        var dana = await HubAsAsync("dana");
        await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 3));
        await dana.InvokeAsync("Change", Loop, "r4", new { operationId = "rec-1", field = "recommendation", dimension = (string?)null, value = "strong_yes" });

        var submitted = (await dana.InvokeAsync("Submit", Loop, "r4", "submit-1")).GetProperty("result");
        var late = await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 2));

        Assert.NotEqual(JsonValueKind.Null, submitted.GetProperty("scorecard").GetProperty("submittedAt").ValueKind);
        Assert.Equal(409, Problem(late).GetProperty("status").GetInt32());
    }
}
