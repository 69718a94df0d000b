using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

public sealed class ScoringPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string ScopeNote = "Split the ingest path per tenant; named the two teams it touches and what stayed out of scope.";

    [Fact]
    public async Task Interviewer_ScoresAndSubmits_AndTheScorecardSurvivesAServerRestart()
    {
        var database = Temp.File("interviewloop.db");
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
            await Expect(page.CoherenceIssues).ToHaveCountAsync(1);
            await Expect(page.CoherenceIssues.First).ToContainTextAsync("Impact 5");
            await page.Page.Locator("#coherence-reason").FillAsync("The impact evidence is in my scope note.");
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Submit with this reason" }).ClickAsync();

            await Expect(page.LockedBanner).ToBeVisibleAsync();
            await Expect(page.Status).ToHaveTextAsync("Submitted");
        }

        await using var second = await RunningServer.StartAsync(database);
        var reopened = await NewSignedInPageAsync(second, "dana", $"/score/{LoopId}/r4");
        await reopened.ExpectConnectedAsync();
        await Expect(reopened.LockedBanner).ToBeVisibleAsync();
        await Expect(reopened.Rating("Scope", 4)).ToBeCheckedAsync();
        await Expect(reopened.Rating("Impact", 5)).ToBeCheckedAsync();
        await Expect(reopened.Note("scope")).ToHaveValueAsync(ScopeNote);
        await Expect(reopened.Recommendation("Yes")).ToBeCheckedAsync();
        await Expect(reopened.Page.Locator("#level")).ToHaveValueAsync("L4");
        await Expect(reopened.Rating("Scope", 4)).ToBeDisabledAsync();
        await Expect(reopened.LockedBanner).ToContainTextAsync("The impact evidence is in my scope note.");
    }

    [Fact]
    public async Task SecondPageOfTheSameInterviewer_ReceivesThePushedChange_AndColleaguesDoNot()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var first = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var second = new ScoringPage(await first.Page.Context.NewPageAsync());
        await second.OpenAsync(LoopId, "r4");
        await first.ExpectConnectedAsync();
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await lee.ExpectConnectedAsync();

        await first.RateAsync("Autonomy", 2);
        await first.WriteNoteAsync("autonomy", "Waited for the lead to pick the storage engine.");

        await Expect(second.Rating("Autonomy", 2)).ToBeCheckedAsync();
        await Expect(second.Note("autonomy")).ToHaveValueAsync("Waited for the lead to pick the storage engine.");
        await Expect(lee.Rating("Autonomy", 2)).Not.ToBeCheckedAsync();
        await Expect(lee.Note("autonomy")).ToHaveValueAsync("");
    }
}
