using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>What a screen reader hears: controls named after their dimension, coverage in words, a polite save status.</summary>
public sealed partial class AccessiblePageTests
{
    [Fact]
    public async Task EveryRatingAndNote_IsNamedAfterItsDimension_AndTheSaveStatusIsAnnouncedPolitely()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = await DanasRoundAsync(server);
        await page.RateAsync("Impact", 4);

        var dimensions = await page.Page.Locator("#dimensions .dimension h2").AllTextContentsAsync();

        Assert.Equal(7, dimensions.Count);
        foreach (var name in dimensions)
        {
            var group = page.Page.GetByRole(AriaRole.Group, new() { Name = $"Rating for {name}", Exact = true });
            await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(5);
            for (var n = 1; n <= 5; n++) await Expect(group.GetByRole(AriaRole.Radio, new() { Name = $"{name}: {n}", Exact = true })).ToHaveCountAsync(1);
            await Expect(page.Page.GetByRole(AriaRole.Textbox, new() { Name = $"Evidence notes on {name}", Exact = true })).ToHaveCountAsync(1);
        }
        await Expect(page.Page.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(page.Status).ToHaveTextAsync("Saved");
        await Expect(page.Coverage("impact")).ToMatchAriaSnapshotAsync("- listitem: Impact (has evidence)");
        await Expect(page.Coverage("scope")).ToMatchAriaSnapshotAsync("- listitem: Scope (no evidence yet)");
    }
}
