using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>The debrief, the export and calibration apply the same visibility rule as the round page.</summary>
public sealed class DebriefVisibilityTests : ServerTest
{
    private const string Debrief = $"/api/loops/{SampleLoopId}/debrief";
    private const string DanasDraft = "Draft: sized the fan-out from the follower graph.";

    private static string[] CardsOf(JsonElement debrief, string roundId) =>
        debrief.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("round").GetProperty("roundId").GetString() == roundId)
            .GetProperty("scorecards").EnumerateArray().Select(s => s.GetProperty("interviewerId").GetString()!).ToArray();

    [Fact]
    public async Task Debrief_ForTheShadowWhoStillOwesAScorecard_HoldsOnlyTheirOwn()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasDraft);
        var lee = await SignedInAsync("lee");
        await lee.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);

        var debrief = await lee.GetJsonAsync(Debrief);

        Assert.Empty(CardsOf(debrief, "r3"));
        Assert.Equal(["u-22"], CardsOf(debrief, "r4"));
        Assert.DoesNotContain(DanasDraft, debrief.GetRawText());
        Assert.Empty(debrief.GetProperty("calibration").GetProperty("ratings").EnumerateArray());
    }

    [Fact]
    public async Task Debrief_ForAPanelistWhoSubmittedEverything_HoldsSubmittedScorecardsButNoDraft()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasDraft);
        var priya = await SignedInAsync("priya");

        var debrief = await priya.GetJsonAsync(Debrief);

        Assert.Equal(["u-40"], CardsOf(debrief, "r2"));
        Assert.Equal(["u-17", "u-40"], CardsOf(debrief, "r3"));
        Assert.Empty(CardsOf(debrief, "r4"));
        Assert.DoesNotContain(DanasDraft, debrief.GetRawText());
    }

    [Fact]
    public async Task DebriefPacketPage_QuotesColleaguesOnlyToThoseWhoMaySeeThem()
    {
        const string PriyasNote = "He traced it";
        var lee = await SignedInAsync("lee");
        var casey = await SignedInAsync("casey");

        var forLee = await (await lee.GetAsync($"/loops/{SampleLoopId}/debrief")).Content.ReadAsStringAsync();
        var forCommittee = await casey.GetAsync($"/loops/{SampleLoopId}/debrief");

        Assert.StartsWith("text/html", forCommittee.Content.Headers.ContentType?.ToString());
        Assert.Contains(PriyasNote, await forCommittee.Content.ReadAsStringAsync());
        Assert.DoesNotContain(PriyasNote, forLee);
        Assert.Contains("Daniel R.", forLee);
    }

    [Fact]
    public async Task Debrief_ForAnInterviewerOnNoPanelOfTheLoop_Is403()
    {
        var riley = await SignedInAsync("riley");
        await riley.PostAsync("/api/loops", new StringContent(LoopDocuments.SmallLoop("loop-small", "u-21")));
        var lee = await SignedInAsync("lee");

        var response = await lee.GetAsync("/api/loops/loop-small/debrief");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_ByTheCommittee_HoldsSubmittedScorecardsButNoDraft()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", DanasDraft);
        var casey = await SignedInAsync("casey");

        var response = await casey.GetAsync($"/api/loops/{SampleLoopId}/export");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("interviewloop.loop/v1", document["schema"]!.GetValue<string>());
        Assert.Equal(2, document["loop"]!["rounds"]![2]!["scorecards"]!.AsArray().Count);
        Assert.DoesNotContain(DanasDraft, document.ToJsonString());
    }

    [Fact]
    public async Task Export_ByAnInterviewer_Is403()
    {
        var priya = await SignedInAsync("priya");

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"/api/loops/{SampleLoopId}/export")).StatusCode);
    }

    [Fact]
    public async Task Calibration_ForAnAdminWhoOwesAScorecardInTheLoop_QuotesNoColleague()
    {
        await ImportWithAdminOnR4Async();

        var forAdmin = await (await SignedInAsync("admin")).GetJsonAsync("/api/loops/loop-admin-panel/calibration");
        var forCommittee = await (await SignedInAsync("casey")).GetJsonAsync("/api/loops/loop-admin-panel/calibration");

        Assert.Empty(forAdmin.GetProperty("ratings").EnumerateArray());
        Assert.Empty(forAdmin.GetProperty("flags").EnumerateArray());
        Assert.NotEmpty(forCommittee.GetProperty("ratings").EnumerateArray());
    }

    [Fact]
    public async Task PacketPageAndPdf_ForAnAdminOnAPanelWhoHasNotStartedTheirScorecard_Are403()
    {
        await ImportWithAdminOnR4Async();
        var admin = await SignedInAsync("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/debrief/loop-admin-panel")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/loops/loop-admin-panel/packet.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/debrief/{SampleLoopId}")).StatusCode);
    }

    [Fact]
    public async Task Decide_ForAnAdminWhoOwesAScorecardInTheLoop_Is403WithoutTheOutcome()
    {
        await ImportWithAdminOnR4Async();
        var decision = new { decision = "hire", level = "L4", rationale = "Consistent senior evidence." };
        (await (await SignedInAsync("casey")).PostAsJsonAsync("/api/loops/loop-admin-panel/decision", decision)).EnsureSuccessStatusCode();

        var response = await (await SignedInAsync("admin")).PostAsJsonAsync("/api/loops/loop-admin-panel/decision", new { decision = "hold", rationale = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("hire", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    // The sample loop again, with the admin (u-99) added to r4's panel as a shadow who has not started.
    private async Task ImportWithAdminOnR4Async()
    {
        var document = LoopDocuments.Sample("loop-admin-panel");
        document["loop"]!["rounds"]![3]!["panel"]!.AsArray().Add(new JsonObject { ["id"] = "u-99", ["displayName"] = "Ada Admin", ["role"] = "shadow" });
        var admin = await SignedInAsync("admin");
        (await admin.PostAsync("/api/loops/import", new StringContent(document.ToJsonString()))).EnsureSuccessStatusCode();
    }
}
