using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The hiring committee records its decision on the debrief page; refusals name the field and keep what was typed.</summary>
public sealed class DecisionFormPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Rationale = "Scope and delivery evidence is consistent across three rounds; the design round was strong.";

    [Fact]
    public async Task Committee_RecordsADecision_AfterFixingWhatTheServerRefused()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = (await NewSignedInPageAsync(server, "casey", $"/debrief/{LoopId}")).Page;
        var form = page.Locator("#decision-form");
        await Expect(form).ToHaveAttributeAsync("data-ready", "true");

        await form.Locator("textarea[name=rationale]").FillAsync(Rationale);
        await form.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator("#decision-error")).ToContainTextAsync("decision");
        await Expect(form.Locator("fieldset[name=decision]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("textarea[name=rationale]")).ToHaveValueAsync(Rationale);

        await form.Locator("input[value=hire]").CheckAsync();
        await form.Locator("select[name=level]").SelectOptionAsync("L5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        var decision = page.Locator("section.decision");
        await Expect(decision).ToContainTextAsync("L5");
        await Expect(decision).ToContainTextAsync(Rationale);
        await Expect(decision).ToContainTextAsync("Casey M.");
        await Expect(page.Locator("#decision-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Interviewer_NeverGetsTheDecisionForm()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = (await NewSignedInPageAsync(server, "priya", $"/debrief/{LoopId}")).Page;

        await Expect(page.Locator("body")).ToContainTextAsync("committee");
        await Expect(page.Locator("#decision-form")).ToHaveCountAsync(0);
    }
}
