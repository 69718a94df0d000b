using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>Page object of /login and /score/{loopId}/{roundId}.</summary>
public sealed class ScoringPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Status => Page.Locator("#save-status");

    public ILocator Rating(string dimensionName, int value) =>
        Page.GetByRole(AriaRole.Radio, new() { Name = $"{dimensionName}: {value}", Exact = true });

    public ILocator Note(string dimensionId) => Page.Locator($"#note-{dimensionId}");

    public ILocator Recommendation(string label) =>
        Page.Locator("#recommendation").GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    public ILocator LockedBanner => Page.Locator("#locked-banner");

    public ILocator CoherenceIssues => Page.Locator("#coherence-list li");

    public ILocator Colleagues => Page.Locator("#colleagues-list .colleague");

    public ILocator Coverage(string dimensionId) => Page.Locator($"#coverage [data-dimension='{dimensionId}']");

    public ILocator Presence => Page.Locator("#presence li");

    public ILocator Timer => Page.Locator("#timer-text");

    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Submit scorecard" });

    public ILocator Seat(string interviewerId) => Page.Locator($"#board-rounds [data-round='loop-2026-0142/r4'] [data-interviewer='{interviewerId}']");

    /// <summary>How far the page scrolls sideways, in css px (0 when it fits the screen's width).</summary>
    public Task<int> SidewaysScrollAsync() =>
        Page.EvaluateAsync<int>("document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");

    /// <summary>Clicks Submit; the coherence check must find nothing, so the scorecard locks at once.</summary>
    public async Task SubmitAsync()
    {
        await SubmitButton.ClickAsync();
        await Expect(LockedBanner).ToBeVisibleAsync();
    }

    public async Task SignInAsync(string username)
    {
        await Page.Locator("input[name=username]").FillAsync(username);
        await Page.Locator("input[name=password]").FillAsync("demo-pass");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task OpenAsync(string loopId, string roundId)
    {
        await Page.GotoAsync($"/score/{loopId}/{roundId}");
        await ExpectConnectedAsync();
    }

    public Task ExpectConnectedAsync() => Expect(Status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Connected|Saved|Submitted)$"));

    public async Task RateAsync(string dimensionName, int value)
    {
        await Rating(dimensionName, value).ClickAsync();
        await Expect(Rating(dimensionName, value)).ToBeCheckedAsync();
        await Expect(Status).ToHaveTextAsync("Saved");
    }

    /// <summary>Types a note and leaves the field, which sends it at once instead of after the typing pause.</summary>
    public async Task WriteNoteAsync(string dimensionId, string text)
    {
        await Note(dimensionId).FillAsync(text);
        await Note(dimensionId).BlurAsync();
        await Expect(Status).ToHaveTextAsync("Saved");
    }
}
