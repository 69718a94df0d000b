using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Calibration;

/// <summary>
/// The stored report holds every submitted rating, so it goes only to those the visibility rule (decision 0005)
/// would show them all: never to someone who still owes a scorecard in the loop.
/// </summary>
public sealed class CalibrationVisibilityTests : ServerTest
{
    private async Task StoreReportAsync() =>
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync("casey")).PostAsync($"/api/loops/{SampleLoopId}/calibration", null)).StatusCode);

    [Theory]
    [InlineData("lee", HttpStatusCode.Forbidden)]   // on r4's panel, has not submitted
    [InlineData("dana", HttpStatusCode.Forbidden)]  // on r4's panel, has not submitted
    [InlineData("priya", HttpStatusCode.OK)]        // sat on r1 and r3, submitted both
    [InlineData("riley", HttpStatusCode.OK)]
    [InlineData("casey", HttpStatusCode.OK)]
    public async Task Latest_GoesOnlyToThoseWhoOweNoScorecardInTheLoop(string username, HttpStatusCode expected)
    {
        await StoreReportAsync();

        var response = await (await SignedInAsync(username)).GetAsync(StoredCalibrations.Latest(SampleLoopId));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden) Assert.DoesNotContain("\"ratings\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("priya", HttpStatusCode.Forbidden)]
    [InlineData("riley", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Recompute_IsForRecruitersCommitteeAndAdmins(string username, HttpStatusCode expected)
    {
        var response = await (await SignedInAsync(username)).PostAsync($"/api/loops/{SampleLoopId}/calibration", null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Board_ForAnAdminWhoOwesAScorecardInTheLoop_ShowsNoCalibrationSummary()
    {
        var document = LoopDocuments.Sample("loop-admin-panel");
        document["loop"]!["rounds"]![3]!["panel"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = "u-99", ["displayName"] = "Ada Admin", ["role"] = "shadow" });
        (await (await SignedInAsync("admin")).PostAsync("/api/loops/import", new StringContent(document.ToJsonString()))).EnsureSuccessStatusCode();
        var riley = await SignedInAsync("riley");
        (await riley.PostAsync("/api/loops/loop-admin-panel/calibration", null)).EnsureSuccessStatusCode();

        var forAdmin = await (await SignedInAsync("admin")).GetJsonAsync("/api/board?loopId=loop-admin-panel");
        var forRecruiter = await riley.GetJsonAsync("/api/board?loopId=loop-admin-panel");

        Assert.Empty(forAdmin.GetProperty("calibrations").EnumerateArray());
        Assert.Single(forRecruiter.GetProperty("calibrations").EnumerateArray());
    }

    [Fact]
    public async Task JoinDebrief_ForAnInterviewerOnNoPanelOfTheLoop_IsRefused()
    {
        var riley = await SignedInAsync("riley");
        await riley.PostAsync("/api/loops", new StringContent(LoopDocuments.SmallLoop("loop-small", "u-21")));
        var lee = await HubAsAsync("lee");

        var refused = await lee.InvokeAsync("JoinDebrief", "loop-small");

        Assert.Equal(403, HubMessages.Problem(refused).GetProperty("status").GetInt32());
    }
}
