using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>REST reads of a round: no one sees a colleague's scorecard before submitting their own.</summary>
public sealed partial class IndependentScoringTests : ServerTest
{
    private const string DanasNote = "Sharded the queue by tenant and explained why not by region.";

    private static string[] ColleagueIds(JsonElement round) =>
        round.GetProperty("colleagues").EnumerateArray().Select(c => c.GetProperty("scorecard").GetProperty("interviewerId").GetString()!).ToArray();

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
        Assert.Empty(ColleagueIds(round));
        Assert.Equal(JsonValueKind.Null, round.GetProperty("progress").ValueKind);
        Assert.DoesNotContain(DanasNote, text);
    }

    [Fact]
    public async Task LeadsSubmittedScorecard_StaysHiddenFromTheShadow_UntilTheShadowSubmits()
    {
        var dana = await SignedInAsync("dana");
        await SubmitCoherentAsync(dana, "Named the ledger service and the two teams it touched.");
        var lee = await SignedInAsync("lee");

        var before = await lee.GetJsonAsync(SampleRounds.R4);
        await SubmitCoherentAsync(lee, "Asked about the ledger service and its queue.");
        var after = await lee.GetJsonAsync(SampleRounds.R4);

        Assert.Empty(ColleagueIds(before));
        Assert.Equal(["u-21"], ColleagueIds(after));
        Assert.Contains("ledger service and the two teams", after.GetRawText());
    }

    [Fact]
    public async Task PanelistWhoSubmittedEverythingInTheLoop_SeesColleaguesSubmittedScorecards()
    {
        var priya = await SignedInAsync("priya");

        var r3 = await priya.GetJsonAsync(SampleRounds.R3);

        Assert.Equal("u-17", r3.GetProperty("myScorecard").GetProperty("interviewerId").GetString());
        Assert.Equal(["u-40"], ColleagueIds(r3));
        Assert.False(r3.GetProperty("colleagues")[0].GetProperty("live").GetBoolean());
    }

    [Fact]
    public async Task TrainingMode_ShowsTheShadowTheLeadsDraftLive_ButNeverTheShadowsDraftToTheLead()
    {
        var dana = await SignedInAsync("dana");
        await dana.PutAsJsonAsync($"{SampleRounds.R4}/training", new { enabled = true });
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasNote);
        var lee = await SignedInAsync("lee");
        await lee.ChangeAsync(SampleRounds.R4, "note", "scope", "Lee's own private note.");

        var forLee = await lee.GetJsonAsync(SampleRounds.R4);
        var forDana = await (await dana.GetAsync(SampleRounds.R4)).Content.ReadAsStringAsync();

        Assert.Equal(["u-21"], ColleagueIds(forLee));
        Assert.True(forLee.GetProperty("colleagues")[0].GetProperty("live").GetBoolean());
        Assert.Contains(DanasNote, forLee.GetRawText());
        Assert.DoesNotContain("Lee's own private note.", forDana);
    }

    [Fact]
    public async Task RoundForInterviewerNotOnPanel_Is403()
    {
        var priya = await SignedInAsync("priya");

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync(SampleRounds.R4)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"{SampleRounds.R4}/scorecards/me")).StatusCode);
    }

    /// <summary>Rates scope 4 with a concrete note, recommends yes and submits: nothing for the coherence check to ask.</summary>
    internal static async Task SubmitCoherentAsync(HttpClient client, string scopeNote, string round = SampleRounds.R4)
    {
        await client.ChangeAsync(round, "rating", "scope", 4);
        await client.ChangeAsync(round, "note", "scope", scopeNote);
        await client.ChangeAsync(round, "recommendation", null, "yes");
        var submit = await client.PostAsJsonAsync($"{round}/scorecards/me/submit", new { operationId = Guid.NewGuid().ToString("N") });
        Assert.True(submit.IsSuccessStatusCode, await submit.Content.ReadAsStringAsync());
    }
}
