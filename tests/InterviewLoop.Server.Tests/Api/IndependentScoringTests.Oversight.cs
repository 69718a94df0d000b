using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>What recruiters and the hiring committee see of a round.</summary>
public sealed partial class IndependentScoringTests
{
    [Fact]
    public async Task RoundForRecruiter_ShowsWhoStartedButNoDraft()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasNote);
        var riley = await SignedInAsync("riley");

        var response = await riley.GetAsync(SampleRounds.R4);
        var text = await response.Content.ReadAsStringAsync();
        var round = await response.JsonAsync();

        Assert.Equal(["u-21"], round.GetProperty("progress").GetProperty("started").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, round.GetProperty("myScorecard").ValueKind);
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

        Assert.Equal(["u-17", "u-40"], ColleagueIds(r3));
        Assert.DoesNotContain(DanasNote, r4Text);
    }
}
