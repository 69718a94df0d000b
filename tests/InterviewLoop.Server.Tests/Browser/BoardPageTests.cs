using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The recruiters' board by day (wwwroot/board.html), and the top bar every page shares, on a phone.</summary>
public sealed class BoardPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ADayWithoutRounds_SaysSo_AndADayWithOne_ShowsIt()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var board = await NewSignedInPageAsync(server, "riley", "/board?day=2026-11-04");
        var rounds = board.Page.Locator("#board-rounds > li");

        await Expect(board.Page.Locator("#board-summary")).ToHaveTextAsync(new Regex("^1 round · "));
        await Expect(rounds).ToHaveCountAsync(1);
        await Expect(rounds).ToHaveAttributeAsync("data-round", $"{LoopId}/r3");

        await board.Page.Locator("#board-day").FillAsync("2026-01-01");

        await Expect(rounds).ToHaveTextAsync("No round is scheduled on this day. Pick another day, or one loop.");
        await Expect(board.Page.Locator("#board-summary")).ToHaveTextAsync(new Regex("^0 rounds · "));
    }

    [Fact]
    public async Task TheTopBar_StaysOneLineOnA375PixelPhone()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var home = await NewSignedInPageAsync(server, "casey", "/", new() { Width = 375, Height = 812 });
        await Expect(home.Page.Locator("#who")).ToContainTextAsync("committee");
        var bar = home.Page.Locator("header.topbar");
        var narrow = await bar.BoundingBoxAsync();

        await home.Page.SetViewportSizeAsync(1280, 900);
        var wide = await bar.BoundingBoxAsync();

        Assert.NotNull(narrow);
        Assert.NotNull(wide);
        Assert.True(Math.Abs(narrow.Height - wide.Height) < 1, $"the top bar wraps on a phone: {narrow.Height} px high against {wide.Height} px");
    }
}
