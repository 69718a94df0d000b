using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>With the keyboard alone: ratings are a radio group (arrow keys), focus shows, a scorecard can be submitted.</summary>
public sealed partial class AccessiblePageTests
{
    private const string ScopeNote = "Named the two teams the ingest split touched, and what stayed out of scope.";

    [Fact]
    public async Task Interviewer_RatesWritesANoteAndSubmits_WithTheKeyboardAlone()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = await DanasRoundAsync(server);
        var keys = page.Page.Keyboard;

        await TabToAsync(page.Page, "input[name=rating-scope]");
        var ring = await page.Page.Locator("label.rating:has(input:focus)").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await Expect(page.Rating("Scope", 3)).ToBeCheckedAsync();
        await keys.PressAsync("Tab");
        await keys.TypeAsync(ScopeNote);
        await TabToAsync(page.Page, "input[name=recommendation]");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await Expect(page.Recommendation("Yes")).ToBeCheckedAsync();
        await TabToAsync(page.Page, "#submit");
        await keys.PressAsync("Enter");

        await Expect(page.LockedBanner).ToBeFocusedAsync();
        Assert.Equal("solid", ring);
        var card = (await (await SignedInApiAsync(server, "dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me")).GetProperty("scorecard");
        Assert.Equal(3, card.GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.Contains(ScopeNote, card.GetProperty("notes").GetRawText());
        Assert.Equal("yes", card.GetProperty("recommendation").GetString());
        Assert.NotEqual(JsonValueKind.Null, card.GetProperty("submittedAt").ValueKind);
    }
}
