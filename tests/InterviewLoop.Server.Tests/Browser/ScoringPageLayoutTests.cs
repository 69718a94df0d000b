using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

public sealed class ScoringPageLayoutTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ScoringPage_FitsA375PixelPhone_WithButtonsBigEnoughToTap()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4", new ViewportSize { Width = 375, Height = 812 });
        await page.ExpectConnectedAsync();
        await page.RateAsync("Scope", 4);
        await page.RateAsync("Judgment", 3);
        await page.WriteNoteAsync("scope", "Named the two teams the ingest split touched, and what stayed out of scope.");
        await page.Recommendation("Yes").ClickAsync();
        await Expect(page.Status).ToHaveTextAsync("Saved");

        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var button = await page.Rating("Scope", 4).BoundingBoxAsync();

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 375px screen");
        Assert.True(button is { Height: >= 44, Width: >= 44 }, "rating buttons are at least 44px square");
        await SaveScreenshotsAsync(page.Page);
    }

    // INTERVIEWLOOP_SCREENSHOTS=docs refreshes docs/images (the README's pictures); otherwise they go to temp.
    private async Task SaveScreenshotsAsync(IPage page)
    {
        var toDocs = Environment.GetEnvironmentVariable("INTERVIEWLOOP_SCREENSHOTS") == "docs";
        var folder = toDocs ? Path.Combine(RepoFiles.Root, "docs", "images") : Temp.Path;
        Directory.CreateDirectory(folder);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var phone = Path.Combine(folder, "scoring-page-375.png");
        await page.ScreenshotAsync(new() { Path = phone });
        await page.SetViewportSizeAsync(1280, 900);
        var desktop = Path.Combine(folder, "scoring-page.png");
        await page.ScreenshotAsync(new() { Path = desktop });
        Assert.True(new FileInfo(phone).Length > 0 && new FileInfo(desktop).Length > 0);
    }
}
