using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The round room on two pages: presence, the shared timer, agenda and coverage, live.</summary>
public sealed class RoomPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task PresenceTimerAgendaAndCoverage_ReachTheWholePanel_WithoutAnyRating()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await lee.ExpectConnectedAsync();
        await Expect(dana.Presence).ToHaveTextAsync(["Dana K. · lead", "Lee S. · shadow"]);

        await dana.Page.Locator("#clock-start").ClickAsync();
        await dana.Page.Locator("#agenda-edit").ClickAsync();
        await dana.Page.Locator("#agenda-text").FillAsync("Design a ledger for refunds | 25 | Judgment");
        await dana.Page.Locator("#agenda-save").ClickAsync();
        await dana.RateAsync("Autonomy", 2);

        await Expect(lee.Timer).ToHaveTextAsync(new Regex(@"^\d+:\d\d left$"));
        await Expect(lee.Page.Locator("#agenda-list")).ToContainTextAsync("Design a ledger for refunds · 25 min · Judgment");
        await Expect(lee.Coverage("autonomy")).ToHaveAttributeAsync("data-covered", "true");
        await Expect(lee.Coverage("scope")).ToHaveAttributeAsync("data-covered", "false");
        await Expect(lee.Rating("Autonomy", 2)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(lee.Page.Locator("#clock-start")).ToBeHiddenAsync();
        await lee.Page.CloseAsync();
        await Expect(dana.Presence).ToHaveTextAsync(["Dana K. · lead"]);
    }
}
