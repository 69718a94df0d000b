using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>Scoring is independent: no interviewer may read a colleague's ratings or notes.</summary>
public sealed class IndependentScoringTests : ServerTest
{
    private const string DanasNote = "Sharded the queue by tenant and explained why not by region.";

    [Fact]
    public async Task RoundForPanelist_HoldsOnlyTheirOwnScorecard()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 5);
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasNote);
        var lee = await SignedInAsync("lee");

        var response = await lee.GetAsync(SampleRounds.R4);
        var text = await response.Content.ReadAsStringAsync();
        var round = await response.JsonAsync();

        Assert.Equal("u-22", round.GetProperty("myScorecard").GetProperty("interviewerId").GetString());
        Assert.Empty(round.GetProperty("myScorecard").GetProperty("ratings").EnumerateObject());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, round.GetProperty("submittedScorecards").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, round.GetProperty("progress").ValueKind);
        Assert.DoesNotContain(DanasNote, text);
    }

    [Fact]
    public async Task SubmittedRound_ForOnePanelist_NeverShowsTheOthersRatings()
    {
        var priya = await SignedInAsync("priya");

        var round = await priya.GetJsonAsync(SampleRounds.R3);
        var own = await priya.GetJsonAsync($"{SampleRounds.R3}/scorecards/me");

        Assert.Equal("u-17", round.GetProperty("myScorecard").GetProperty("interviewerId").GetString());
        Assert.DoesNotContain("u-40\",\"interviewerName", round.GetRawText());
        Assert.Equal("u-17", own.GetProperty("scorecard").GetProperty("interviewerId").GetString());
    }

    [Fact]
    public async Task RoundForInterviewerNotOnPanel_Is403()
    {
        var priya = await SignedInAsync("priya");

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync(SampleRounds.R4)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"{SampleRounds.R4}/scorecards/me")).StatusCode);
    }

    [Fact]
    public async Task RoundForRecruiter_ShowsWhoStartedButNoRatingsOrNotes()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasNote);
        var riley = await SignedInAsync("riley");

        var response = await riley.GetAsync(SampleRounds.R4);
        var text = await response.Content.ReadAsStringAsync();
        var round = await response.JsonAsync();

        Assert.Equal(["u-21"], round.GetProperty("progress").GetProperty("started").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, round.GetProperty("myScorecard").ValueKind);
        Assert.DoesNotContain(DanasNote, text);
        Assert.DoesNotContain("\"ratings\"", text);
    }

    [Fact]
    public async Task RoundForCommittee_ShowsSubmittedScorecardsButNoDrafts()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasNote);
        var casey = await SignedInAsync("casey");

        var r3 = await casey.GetJsonAsync(SampleRounds.R3);
        var r4Text = await (await casey.GetAsync(SampleRounds.R4)).Content.ReadAsStringAsync();

        Assert.Equal(2, r3.GetProperty("submittedScorecards").GetArrayLength());
        Assert.DoesNotContain(DanasNote, r4Text);
    }
}
