using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class ScoringPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string LoopId = "loop-2026-0142";
    private const string ScopeNote = "Split the ingest path per tenant; named the two teams it touches and what stayed out of scope.";
    private readonly TempDirectory _temp = new();
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Interviewer_ScoresAndSubmits_AndTheScorecardSurvivesAServerRestart()
    {
        var database = _temp.File("interviewloop.db");
        await using (var first = await RunningServer.StartAsync(database))
        {
            var page = await NewSignedInPageAsync(first, "dana");
            await page.Page.GetByRole(AriaRole.Link, new() { Name = "Open scorecard" }).ClickAsync();
            await page.ExpectConnectedAsync();

            await page.RateAsync("Scope", 4);
            await page.RateAsync("Judgment", 3);
            await page.RateAsync("Impact", 5);
            await page.WriteNoteAsync("scope", ScopeNote);
            await page.Recommendation("Yes").ClickAsync();
            await page.Page.Locator("#level").SelectOptionAsync("L4");
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Submit scorecard" }).ClickAsync();

            await Expect(page.LockedBanner).ToBeVisibleAsync();
            await Expect(page.Status).ToHaveTextAsync("Submitted");
        }

        await using var second = await RunningServer.StartAsync(database);
        var reopened = await NewSignedInPageAsync(second, "dana", $"/score/{LoopId}/r4");
        await reopened.ExpectConnectedAsync();
        await Expect(reopened.LockedBanner).ToBeVisibleAsync();
        await Expect(reopened.Rating("Scope", 4)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(reopened.Rating("Impact", 5)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(reopened.Note("scope")).ToHaveValueAsync(ScopeNote);
        await Expect(reopened.Recommendation("Yes")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(reopened.Rating("Scope", 4)).ToBeDisabledAsync();
    }

    [Fact]
    public async Task SecondPageOfTheSameInterviewer_ReceivesThePushedChange_AndColleaguesDoNot()
    {
        await using var server = await RunningServer.StartAsync(_temp.File("interviewloop.db"));
        var first = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var second = new ScoringPage(await first.Page.Context.NewPageAsync());
        await second.OpenAsync(LoopId, "r4");
        await first.ExpectConnectedAsync();
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await lee.ExpectConnectedAsync();

        await first.RateAsync("Autonomy", 2);
        await first.WriteNoteAsync("autonomy", "Waited for the lead to pick the storage engine.");

        await Expect(second.Rating("Autonomy", 2)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(second.Note("autonomy")).ToHaveValueAsync("Waited for the lead to pick the storage engine.");
        await Expect(lee.Rating("Autonomy", 2)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(lee.Note("autonomy")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task ScoringPage_FitsA375PixelPhone_AndOnALaptop()
    {
        await using var server = await RunningServer.StartAsync(_temp.File("interviewloop.db"));
        var page = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4", new ViewportSize { Width = 375, Height = 812 });
        await page.ExpectConnectedAsync();
        await page.RateAsync("Scope", 4);
        await page.RateAsync("Judgment", 3);
        await page.WriteNoteAsync("scope", ScopeNote);
        await page.Recommendation("Yes").ClickAsync();
        await Expect(page.Status).ToHaveTextAsync("Saved");

        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var button = await page.Rating("Scope", 4).BoundingBoxAsync();

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 375px screen");
        Assert.True(button is { Height: >= 44, Width: >= 44 }, "rating buttons are big enough to tap");
        await SaveScreenshotsAsync(page.Page);
    }

    // Screenshots go to docs/images when INTERVIEWLOOP_SCREENSHOTS=docs (to refresh the README's picture), else to temp.
    private async Task SaveScreenshotsAsync(IPage page)
    {
        var toDocs = Environment.GetEnvironmentVariable("INTERVIEWLOOP_SCREENSHOTS") == "docs";
        var folder = toDocs ? Path.Combine(RepoFiles.Root, "docs", "images") : _temp.Path;
        Directory.CreateDirectory(folder);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var phone = Path.Combine(folder, "scoring-page-375.png");
        await page.ScreenshotAsync(new() { Path = phone, FullPage = false });
        await page.SetViewportSizeAsync(1280, 900);
        var desktop = Path.Combine(folder, "scoring-page.png");
        await page.ScreenshotAsync(new() { Path = desktop });
        Assert.True(new FileInfo(phone).Length > 0 && new FileInfo(desktop).Length > 0);
    }

    private async Task<ScoringPage> NewSignedInPageAsync(RunningServer server, string username, string path = "/", ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.Address.ToString(), ViewportSize = viewport ?? new() { Width = 1280, Height = 900 } });
        _contexts.Add(context);
        var page = new ScoringPage(await context.NewPageAsync());
        await page.Page.GotoAsync(path);
        await Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.SignInAsync(username);
        await Expect(page.Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        return page;
    }
}
