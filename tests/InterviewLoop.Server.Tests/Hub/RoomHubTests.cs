using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

/// <summary>The room over the hub: presence, coverage and the shared clock, pushed live.</summary>
public sealed class RoomHubTests : ServerTest
{
    private readonly FakeClock _clock = new();

    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath, clock: _clock);

    private static string[] Present(JsonElement push) =>
        push.GetProperty("presence").EnumerateArray().Select(p => p.GetProperty("userId").GetString()!).ToArray();

    [Fact]
    public async Task Presence_ShowsWhoHasTheRoundOpen_AndDropsWhoLeft()
    {
        var dana = await HubAsAsync("dana");
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        await using (var lee = await HubAsAsync("lee"))
        {
            var joined = (await lee.InvokeAsync("JoinRound", Loop, "r4")).GetProperty("result");
            Assert.Equal(["u-21", "u-22"], joined.GetProperty("room").GetProperty("presence").EnumerateArray().Select(p => p.GetProperty("userId").GetString()));
            Assert.Equal(["u-21", "u-22"], Present(await dana.NextPushAsync("PresenceChanged", p => Present(p).Length == 2)));
        }

        Assert.Equal(["u-21"], Present(await dana.NextPushAsync("PresenceChanged", p => !Present(p).Contains("u-22"))));
    }

    [Fact]
    public async Task Coverage_IsPushedToTheWholePanel_WithoutTheRating()
    {
        var dana = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        await lee.InvokeAsync("JoinRound", Loop, "r4");

        await dana.InvokeAsync("Change", Loop, "r4", Rating("autonomy", 5));

        var room = await lee.NextPushAsync("RoomChanged");
        Assert.Equal(["autonomy"], room.GetProperty("coverage").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("ratings", room.GetRawText());
    }

    [Fact]
    public async Task ClockStart_IsPushedToTheRoomWithTheServersTime()
    {
        var lee = await HubAsAsync("lee");
        await lee.InvokeAsync("JoinRound", Loop, "r4");
        var dana = await SignedInAsync("dana");

        await dana.PostAsync($"{SampleRounds.R4}/clock/start", null);

        var room = await lee.NextPushAsync("RoomChanged");
        Assert.Equal(_clock.GetUtcNow(), room.GetProperty("clock").GetProperty("startedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Join_ByTheLead_CanHost_ByTheShadow_CannotHost()
    {
        var dana = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");

        var forDana = (await dana.InvokeAsync("JoinRound", Loop, "r4")).GetProperty("result");
        var forLee = (await lee.InvokeAsync("JoinRound", Loop, "r4")).GetProperty("result");

        Assert.True(forDana.GetProperty("canHost").GetBoolean());
        Assert.False(forLee.GetProperty("canHost").GetBoolean());
    }
}
