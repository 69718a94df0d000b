using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The network pulled from under live pages (a TCP relay cut mid-session): nothing is lost, devices converge.</summary>
public sealed class NetworkDropTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string OfflineNote = "Walked through the refund ledger's failure modes while we were offline.";
    // The hub's first request: refused by the browser, the page cannot connect (as when the server is down).
    private const string Negotiate = "**/hubs/scoring/negotiate**";
    private static readonly Regex Offline = new("^Offline");

    [Fact]
    public async Task SocketDropped_EditsMadeOffline_AreSavedOnReconnect_AndTheOtherDeviceCatchesUp()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await using var wifi = new TcpRelay(server.Address);
        var laptop = await NewSignedInPageAsync(wifi.Address, "dana", $"/score/{LoopId}/r4");
        var phone = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        await laptop.ExpectConnectedAsync();
        await phone.ExpectConnectedAsync();
        await laptop.RateAsync("Scope", 4);

        wifi.Cut();
        await Expect(laptop.Status).ToHaveTextAsync(Offline);
        await laptop.Rating("Judgment", 2).ClickAsync();
        await laptop.Note("judgment").FillAsync(OfflineNote);
        await laptop.Note("judgment").BlurAsync();
        await laptop.Recommendation("No").ClickAsync();
        await Expect(laptop.Status).ToHaveTextAsync(Offline);
        wifi.Restore();

        await Expect(laptop.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        await Expect(phone.Rating("Judgment", 2)).ToBeCheckedAsync();
        await Expect(phone.Note("judgment")).ToHaveValueAsync(OfflineNote);
        await Expect(phone.Recommendation("No")).ToBeCheckedAsync();
        var stored = await (await SignedInApiAsync(server, "dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(4, stored.GetProperty("scorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.Equal(2, stored.GetProperty("scorecard").GetProperty("ratings").GetProperty("judgment").GetInt32());
        Assert.Equal("no", stored.GetProperty("scorecard").GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task PageOpenedWhileTheHubIsUnreachable_KeepsTrying_AndSavesWhatWasEditedMeanwhile()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var laptop = await NewSignedInPageAsync(server, "dana");
        var attempts = 0;
        await laptop.Page.RouteAsync(Negotiate, route => { Interlocked.Increment(ref attempts); return route.AbortAsync(); });
        await laptop.Page.GotoAsync($"/score/{LoopId}/r4");

        await Expect(laptop.Status).ToHaveTextAsync(Offline);
        await laptop.Rating("Judgment", 2).ClickAsync();
        await Expect(laptop.Status).ToHaveTextAsync(Offline);
        await Polling.UntilAsync(() => Volatile.Read(ref attempts) >= 3);
        await laptop.Page.UnrouteAsync(Negotiate);

        await Expect(laptop.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        var stored = await (await SignedInApiAsync(server, "dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(2, stored.GetProperty("scorecard").GetProperty("ratings").GetProperty("judgment").GetInt32());
    }

    [Fact]
    public async Task BoardOpenedWhileTheHubIsUnreachable_FollowsLiveOnceItAnswers()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var riley = await NewSignedInPageAsync(server, "riley");
        await riley.Page.RouteAsync(Negotiate, route => route.AbortAsync());
        await riley.Page.GotoAsync($"/board?loop={LoopId}");
        await Expect(riley.Status).ToHaveTextAsync(Offline);

        await riley.Page.UnrouteAsync(Negotiate);
        await Expect(riley.Status).ToHaveTextAsync("Connected", new() { Timeout = 30_000 });
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();

        await Expect(riley.Seat("u-21")).ToContainTextAsync("scoring now");
    }

    [Fact]
    public async Task TwoDevicesEditingTheSameFieldOffline_ConvergeOnTheServersOrder()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await using var laptopLink = new TcpRelay(server.Address);
        await using var phoneLink = new TcpRelay(server.Address);
        var laptop = await NewSignedInPageAsync(laptopLink.Address, "dana", $"/score/{LoopId}/r4");
        var phone = await NewSignedInPageAsync(phoneLink.Address, "dana", $"/score/{LoopId}/r4");
        await laptop.ExpectConnectedAsync();
        await phone.ExpectConnectedAsync();

        laptopLink.Cut();
        phoneLink.Cut();
        await Expect(laptop.Status).ToHaveTextAsync(Offline);
        await Expect(phone.Status).ToHaveTextAsync(Offline);
        await laptop.Rating("Impact", 2).ClickAsync();
        await phone.Rating("Impact", 4).ClickAsync();
        phoneLink.Restore();
        await Expect(phone.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        laptopLink.Restore();
        await Expect(laptop.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });

        // The laptop's change reached the server last, so it wins on both devices.
        await Expect(laptop.Rating("Impact", 2)).ToBeCheckedAsync();
        await Expect(phone.Rating("Impact", 2)).ToBeCheckedAsync();
        await Expect(phone.Rating("Impact", 4)).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task EditsMadeOffline_SurviveClosingThePage_AndAreSentWhenItOpensAgain()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await using var link = new TcpRelay(server.Address);
        var page = await NewSignedInPageAsync(link.Address, "dana", $"/score/{LoopId}/r4");
        await page.ExpectConnectedAsync();

        link.Cut();
        await Expect(page.Status).ToHaveTextAsync(Offline);
        await page.Rating("Influence", 5).ClickAsync();
        await page.Page.CloseAsync();
        link.Restore();
        var reopened = new ScoringPage(await page.Page.Context.NewPageAsync());
        await reopened.Page.GotoAsync($"/score/{LoopId}/r4");

        await Expect(reopened.Status).ToHaveTextAsync("Saved");
        await Expect(reopened.Rating("Influence", 5)).ToBeCheckedAsync();
    }
}
