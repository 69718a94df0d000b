using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

public sealed class ScoringPageLayoutTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task ScoringPageAndBoard_FitA375PixelPhone_WithButtonsBigEnoughToTap()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await PrepareRoomAsync(server);
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        var page = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4", Phone);
        await page.ExpectConnectedAsync();
        await lee.RateAsync("Influence", 3);
        await page.RateAsync("Scope", 4);
        await page.RateAsync("Judgment", 3);
        await page.WriteNoteAsync("scope", "Named the two teams the ingest split touched, and what stayed out of scope.");
        await page.Recommendation("Yes").ClickAsync();
        await Expect(page.Status).ToHaveTextAsync("Saved");

        var button = await page.Rating("Scope", 4).BoundingBoxAsync();

        Assert.True(await page.SidewaysScrollAsync() <= 0, "the scoring page is wider than a 375px screen");
        Assert.True(button is { Height: >= 44, Width: >= 44 }, "rating buttons are at least 44px square");
        await Screenshots.SaveAsync(page.Page, Temp, "scoring-page-375.png");
        await page.Page.SetViewportSizeAsync(1280, 900);
        await Screenshots.SaveAsync(page.Page, Temp, "scoring-page.png");
        await page.RateAsync("Impact", 5);
        await page.SubmitButton.ClickAsync();
        await Expect(page.CoherenceIssues).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page.Page.Locator("#coherence"), Temp, "coherence-check.png");
        var board = await NewSignedInPageAsync(server, "riley", $"/board?loop={LoopId}", Phone);
        await Expect(board.Seat("u-21")).ToContainTextAsync("scoring now");
        Assert.True(await board.SidewaysScrollAsync() <= 0, "the board is wider than a 375px screen");
        await board.Page.SetViewportSizeAsync(1280, 900);
        await Expect(board.Page.Locator("#board-summary")).ToHaveTextAsync(new Regex("^4 rounds · "));
        await AssertOneRowAsync(board.Page.Locator("#board-day"), board.Page.Locator("#board-loop"));
        await Screenshots.SaveAsync(board.Page, Temp, "live-board.png");
    }

    // Side by side on a wide screen, the board's two filters line up: same top, same height.
    private static async Task AssertOneRowAsync(ILocator left, ILocator right)
    {
        var a = await left.BoundingBoxAsync();
        var b = await right.BoundingBoxAsync();
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.True(Math.Abs(a.Y - b.Y) < 1 && Math.Abs(a.Height - b.Height) < 1,
            $"the board's filters do not line up: {a.Y}+{a.Height} against {b.Y}+{b.Height}");
    }
}
