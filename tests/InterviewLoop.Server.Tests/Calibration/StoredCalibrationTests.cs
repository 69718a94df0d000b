using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Api;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Calibration;

/// <summary>The server stores a loop's calibration report when its last scorecard comes in, and on demand.</summary>
public sealed class StoredCalibrationTests : ServerTest
{
    private const string Recompute = $"/api/loops/{SampleLoopId}/calibration";

    private async Task SubmitR4Async()
    {
        await IndependentScoringTests.SubmitCoherentAsync(await SignedInAsync("dana"), "Sized the queue at 40k messages a second from the traffic graph.");
        await IndependentScoringTests.SubmitCoherentAsync(await SignedInAsync("lee"), "Split the fan-out by tenant after measuring the p99 at 300 ms.");
    }

    [Fact]
    public async Task LastSubmit_StoresTheReport_AndTellsTheBoardAndTheDebrief()
    {
        var board = await HubAsAsync("riley");
        await board.InvokeAsync("JoinBoard");
        var debrief = await HubAsAsync("casey");
        Assert.False((await debrief.InvokeAsync("JoinDebrief", SampleLoopId)).TryGetProperty("error", out _));

        await SubmitR4Async();
        var toBoard = await board.NextPushAsync("CalibrationUpdated");
        var toDebrief = await debrief.NextPushAsync("CalibrationUpdated");
        var latest = await (await SignedInAsync("casey")).GetJsonAsync(StoredCalibrations.Latest(SampleLoopId));

        Assert.Equal(SampleLoopId, toBoard.GetProperty("loopId").GetString());
        Assert.Equal("all_submitted", toDebrief.GetProperty("trigger").GetString());
        Assert.False(toBoard.TryGetProperty("summary", out _)); // the notice carries no content
        Assert.Equal("all_submitted", latest.GetProperty("trigger").GetString());
        Assert.False(latest.GetProperty("stale").GetBoolean());
        Assert.Equal(latest.GetProperty("currentLoopPosition").GetInt64(), latest.GetProperty("loopPosition").GetInt64());
        Assert.Equal("interviewloop.calibration/v1", latest.GetProperty("report").GetProperty("schema").GetString());
        Assert.Contains(latest.GetProperty("report").GetProperty("ratings").EnumerateArray(), r => r.GetProperty("interviewer").GetString() == "u-22");
    }

    [Fact]
    public async Task Latest_BeforeTheLoopIsCompleteOrRecomputed_Is404NamingIt()
    {
        var response = await (await SignedInAsync("casey")).GetAsync(StoredCalibrations.Latest(SampleLoopId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("calibration.none", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Recompute_OnDemand_StoresItWithThatTrigger_AndTheBoardShowsItsSummary()
    {
        var riley = await SignedInAsync("riley");

        var response = await riley.PostAsync(Recompute, null);
        var body = await response.JsonAsync();
        var view = await riley.GetJsonAsync($"/api/board?loopId={SampleLoopId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("on_demand", body.GetProperty("trigger").GetString());
        var shown = Assert.Single(view.GetProperty("calibrations").EnumerateArray());
        Assert.Equal(body.GetProperty("summary").GetProperty("flags").GetInt32(), shown.GetProperty("summary").GetProperty("flags").GetInt32());
        Assert.Equal("L4", shown.GetProperty("summary").GetProperty("target").GetString());
    }

    [Fact]
    public async Task Latest_AfterTheLoopMovesOnWithoutARecompute_SaysStale()
    {
        var casey = await SignedInAsync("casey");
        await casey.PostAsync(Recompute, null);
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 2); // a draft: the loop moves on, the report does not

        var latest = await casey.GetJsonAsync(StoredCalibrations.Latest(SampleLoopId));

        Assert.True(latest.GetProperty("stale").GetBoolean());
        Assert.True(latest.GetProperty("currentLoopPosition").GetInt64() > latest.GetProperty("loopPosition").GetInt64());
    }

    [Fact]
    public async Task Restart_KeepsTheStoredReport()
    {
        var before = await (await (await SignedInAsync("casey")).PostAsync(Recompute, null)).JsonAsync();
        await Server.DisposeAsync();

        await using var again = await RunningServer.StartAsync(DatabasePath);
        var casey = again.NewClient();
        await casey.SignInAsync("casey");
        var after = await casey.GetJsonAsync(StoredCalibrations.Latest(SampleLoopId));

        Assert.Equal(before.GetProperty("computedAt").GetString(), after.GetProperty("computedAt").GetString());
        Assert.Equal(before.GetProperty("report").GetRawText(), after.GetProperty("report").GetRawText());
    }

    [Fact]
    public async Task Recompute_OfAnUnknownLoop_Is404()
    {
        var response = await (await SignedInAsync("casey")).PostAsJsonAsync("/api/loops/loop-nobody/calibration", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
