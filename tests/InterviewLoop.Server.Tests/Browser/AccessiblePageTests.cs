using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>
/// The scoring page, round room, board and debrief as an interviewer holding a phone, someone using only
/// the keyboard, and a screen reader meet them. Split by concern: .Phone, .Keyboard, .Focus, .Names.
/// </summary>
public sealed partial class AccessiblePageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const int Presses = 80;

    /// <summary>Dana's scorecard of r4, connected, on a laptop unless <paramref name="options"/> say otherwise.</summary>
    private async Task<ScoringPage> DanasRoundAsync(RunningServer server, BrowserNewContextOptions? options = null)
    {
        var page = await NewSignedInPageAsync(server.Address, "dana", $"/score/{LoopId}/r4", options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.ExpectConnectedAsync();
        return page;
    }

    private static Task<bool> FocusedMatchesAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);

    /// <summary>Presses <paramref name="key"/> (Tab or Shift+Tab) until the focus is on <paramref name="selector"/>.</summary>
    private static async Task TabToAsync(IPage page, string selector, string key = "Tab")
    {
        for (var i = 0; i < Presses; i++)
        {
            if (await FocusedMatchesAsync(page, selector)) return;
            await page.Keyboard.PressAsync(key);
        }
        Assert.Fail($"{Presses} presses of {key} never reached {selector}");
    }
}
