using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>Where the focus goes: into the coherence check and back out, and never under the sticky top bar.</summary>
public sealed partial class AccessiblePageTests
{
    [Fact]
    public async Task CoherenceCheck_TakesTheFocusWhenItOpens_AndGivesItBackWhenItCloses()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = await DanasRoundAsync(server);
        var dialog = page.Page.GetByRole(AriaRole.Dialog, new() { Name = "Before you submit" });
        await page.RateAsync("Impact", 5);
        await page.Recommendation("Yes").ClickAsync();
        await Expect(page.Status).ToHaveTextAsync("Saved");

        await page.SubmitButton.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.SubmitButton).ToBeFocusedAsync();

        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeFocusedAsync();
        await TabToAsync(page.Page, "#coherence-list button");
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Note("impact")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task FocusMovedUpThePage_OnA390PixelPhone_NeverLandsUnderTheStickyTopBar()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = await DanasRoundAsync(server, PhoneContext());
        await page.SubmitButton.FocusAsync();
        var bar = await page.Page.Locator("header.topbar").BoundingBoxAsync();
        Assert.NotNull(bar);

        for (var i = 0; i < 12; i++)
        {
            await page.Page.Keyboard.PressAsync("Shift+Tab");
            var top = await page.Page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top");
            var focused = await page.Page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.name");
            Assert.True(top >= bar.Y + bar.Height, $"{focused} has focus under the top bar: its top at {top} px, the bar's bottom at {bar.Y + bar.Height} px");
        }
    }
}
