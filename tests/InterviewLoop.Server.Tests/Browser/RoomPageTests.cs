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
        await Expect(lee.Rating("Autonomy", 2)).Not.ToBeCheckedAsync();
        await Expect(lee.Page.Locator("#clock-start")).ToBeHiddenAsync();
        await lee.Page.CloseAsync();
        await Expect(dana.Presence).ToHaveTextAsync(["Dana K. · lead"]);
    }

    [Fact]
    public async Task AnOlderPresenceList_NeverReplacesANewerOne()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();

        // Two joins on different server threads can push their lists in the other order: the page keeps
        // the list with the larger presence version, whichever arrives last.
        var shown = await dana.Page.EvaluateAsync<string[]>("""
            async () => {
              const { Room } = await import('/js/scoring/room.js');
              const room = new Room({ roundPath: '', rubric: null, panel: [{ interviewerId: 'u-21', role: 'lead' }, { interviewerId: 'u-22', role: 'shadow' }], canHost: false });
              const dana = { userId: 'u-21', displayName: 'Dana K.', devices: 2 };
              const lee = { userId: 'u-22', displayName: 'Lee S.', devices: 1 };
              const names = () => [...document.querySelectorAll('#presence li')].map(li => li.textContent).join(' + ');
              room.presence([dana, lee], 1763800000000002);
              const afterNewer = names();
              room.presence([dana], 1763800000000001);
              const afterOlder = names();
              room.presence([lee], 1763800000000003);
              return [afterNewer, afterOlder, names()];
            }
            """);

        Assert.Equal(["Dana K. · lead · 2 devices + Lee S. · shadow", "Dana K. · lead · 2 devices + Lee S. · shadow", "Lee S. · shadow"], shown);
    }
}
