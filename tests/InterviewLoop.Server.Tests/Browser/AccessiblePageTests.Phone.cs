using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>On a 390 px phone: nothing scrolls sideways, ratings are thumb-sized, the time left stays in sight.</summary>
public sealed partial class AccessiblePageTests
{
    // The hub's first request: refused, the page stays offline and says so in its top bar.
    private const string Negotiate = "**/hubs/scoring/negotiate**";
    private static readonly Regex TimeLeft = new(@"^\d+:\d\d left$");

    [Fact]
    public async Task EveryPage_OnA390PixelPhone_FitsTheScreensWidth_AlsoWhileOffline()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await PrepareRoomAsync(server);
        var dana = await NewPageAsync(server.Address, PhoneContext());
        await dana.Page.GotoAsync("/login");
        await AssertFitsAsync(dana, "the sign-in page");
        await dana.SignInAsync("dana");
        await Expect(dana.Page.Locator("#my-rounds-list > li")).Not.ToHaveCountAsync(0);
        await AssertFitsAsync(dana, "home");

        await OpenOfflineAsync(dana, $"/score/{LoopId}/r4");
        await AssertFitsAsync(dana, "the scoring page while offline");
        await dana.Page.UnrouteAsync(Negotiate);
        await dana.OpenAsync(LoopId, "r4");
        await dana.RateAsync("Impact", 5);
        await dana.Recommendation("Yes").ClickAsync();
        await AssertFitsAsync(dana, "the scoring page");
        await dana.SubmitButton.ClickAsync();
        await Expect(dana.CoherenceIssues).ToHaveCountAsync(1);
        await AssertFitsAsync(dana, "the coherence check");
        await dana.Page.Locator("#coherence-reason").FillAsync("The impact number is in the recording.");
        await dana.Page.GetByRole(AriaRole.Button, new() { Name = "Submit with this reason" }).ClickAsync();
        await Expect(dana.Page.Locator("#amend")).ToBeVisibleAsync();
        await AssertFitsAsync(dana, "the submitted scorecard with its amendment form");

        var board = await NewSignedInPageAsync(server.Address, "riley", $"/board?loop={LoopId}", PhoneContext());
        await Expect(board.Seat("u-21")).ToContainTextAsync("submitted");
        await AssertFitsAsync(board, "the board");
        await OpenOfflineAsync(board, $"/board?loop={LoopId}");
        await AssertFitsAsync(board, "the board while offline");
        var debrief = await NewSignedInPageAsync(server.Address, "casey", $"/debrief/{LoopId}", PhoneContext());
        await Expect(debrief.Page.Locator("#decision-form")).ToHaveAttributeAsync("data-ready", "true");
        await AssertFitsAsync(debrief, "the committee's debrief");
        var users = await NewSignedInPageAsync(server.Address, "admin", "/users", PhoneContext());
        await users.Page.GetByText("Add a user").ClickAsync();
        await users.Page.GetByText("Change Priya N.").ClickAsync();
        await AssertFitsAsync(users, "the users page with its forms open");
    }

    [Fact]
    public async Task ScoringPage_OnA390PixelPhone_HasThumbSizedRatings_AndKeepsTheTimeLeftInSight()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        await PrepareRoomAsync(server);
        var page = await DanasRoundAsync(server, PhoneContext());
        var ratings = page.Page.Locator("#dimensions").GetByRole(AriaRole.Radio);
        await Expect(ratings).ToHaveCountAsync(35);

        var boxes = await ratings.EvaluateAllAsync<double[][]>("els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })");
        await page.SubmitButton.ScrollIntoViewIfNeededAsync();

        Assert.All(boxes, box => Assert.True(box[0] >= 44 && box[1] >= 44, $"a rating is {box[0]} × {box[1]} px, under 44 × 44"));
        Assert.True(await InSightAsync(page.Page.GetByText(TimeLeft)), "the time left is off-screen while the interviewer is at Submit");
        Assert.True(await InSightAsync(page.Page.GetByText(new Regex(@"^0 of 7 (covered|have evidence)$"))), "coverage is off-screen at Submit");
    }

    private static async Task AssertFitsAsync(ScoringPage page, string what)
    {
        var sideways = await page.SidewaysScrollAsync();
        Assert.True(sideways <= 0, $"{what} scrolls {sideways} px sideways on a 390 px phone");
    }

    private static async Task OpenOfflineAsync(ScoringPage page, string path)
    {
        await page.Page.RouteAsync(Negotiate, route => route.AbortAsync());
        await page.Page.GotoAsync(path);
        await Expect(page.Status).ToHaveTextAsync(new Regex("^Offline"));
    }

    // Some element of the locator lies wholly inside the viewport.
    private static Task<bool> InSightAsync(ILocator locator) =>
        locator.EvaluateAllAsync<bool>("els => els.some(e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })");
}
