using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The submit-time coherence check, shown to the interviewer only; then an amendment with a reason.</summary>
public sealed class CoherencePageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Submit_ShowsTheInterviewerWhereTheirScorecardDisagrees_AndFixingItSubmits()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await dana.RateAsync("Impact", 5);
        await dana.WriteNoteAsync("impact", "Great, very strong.");
        await dana.Recommendation("Strong yes").ClickAsync();

        await dana.SubmitButton.ClickAsync();

        await Expect(dana.CoherenceIssues).ToHaveCountAsync(1);
        await Expect(dana.CoherenceIssues.First).ToContainTextAsync("'great'");
        await Expect(lee.Page.Locator("#coherence")).ToBeHiddenAsync();
        await dana.CoherenceIssues.First.GetByRole(AriaRole.Button, new() { Name = "Go there" }).ClickAsync();
        await dana.WriteNoteAsync("impact", "Cut refund latency from 3 days to 4 hours by replacing the nightly batch with a queue.");
        await dana.SubmitAsync();
        await Expect(dana.Page.Locator("#audit-list li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Amendment_AfterSubmit_ChangesTheFieldAndIsShownWithItsReason()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await dana.RateAsync("Scope", 3);
        await dana.Recommendation("Mixed").ClickAsync();
        await Expect(dana.Status).ToHaveTextAsync("Saved");
        await dana.SubmitAsync();

        await dana.Page.Locator("#amend-field").SelectOptionAsync("recommendation");
        await dana.Page.Locator("#amend-value").SelectOptionAsync("yes");
        await dana.Page.Locator("#amend-reason").FillAsync("Mis-clicked: my notes support a yes.");
        await dana.Page.Locator("#amend-save").ClickAsync();

        await Expect(dana.Recommendation("Yes")).ToBeCheckedAsync();
        await Expect(dana.Page.Locator("#audit-list")).ToContainTextAsync("Recommendation Mixed → Yes");
        await Expect(dana.Page.Locator("#audit-list")).ToContainTextAsync("Mis-clicked: my notes support a yes.");
        await Expect(dana.Recommendation("Yes")).ToBeDisabledAsync();
    }
}
