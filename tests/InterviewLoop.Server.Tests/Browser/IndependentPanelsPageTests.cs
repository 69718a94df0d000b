using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>Lead, shadow and recruiter in three browser contexts: scoring stays independent until each submits.</summary>
public sealed class IndependentPanelsPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string DanasNote = "Named the ledger service, the two teams it touched, and chose idempotent writes over locks.";

    [Fact]
    public async Task ShadowSeesNothingOfTheLead_UntilTheShadowSubmits_WhileTheBoardFollowsLive()
    {
        // A day after r4's time box ended (2026-11-05 18:00 UTC): its feedback is overdue.
        var clock = new FakeClock();
        clock.Set(new DateTimeOffset(2026, 11, 6, 19, 0, 0, TimeSpan.Zero));
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), clock: clock);
        var riley = await NewSignedInPageAsync(server, "riley", $"/board?loop={LoopId}");
        await Expect(riley.Seat("u-21")).ToHaveTextAsync("Dana K. (lead)not started · overdue");
        await Expect(riley.Page.Locator("[data-round='loop-2026-0142/r4'] .overdue")).ToContainTextAsync("Feedback overdue since");
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await lee.ExpectConnectedAsync();
        await Expect(riley.Seat("u-21")).ToContainTextAsync("scoring now");

        await dana.RateAsync("Scope", 4);
        await dana.WriteNoteAsync("scope", DanasNote);
        await dana.Recommendation("Yes").ClickAsync();
        await Expect(dana.Status).ToHaveTextAsync("Saved");
        await dana.SubmitAsync();

        await Expect(riley.Seat("u-21")).ToHaveTextAsync("Dana K. (lead)submitted");
        await Expect(riley.Seat("u-22")).ToContainTextAsync("overdue");
        await Expect(lee.Page.Locator("#colleagues-empty")).ToContainTextAsync("once you have submitted yours");
        await Expect(lee.Colleagues).ToHaveCountAsync(0);
        Assert.DoesNotContain(DanasNote, await lee.Page.ContentAsync());

        await lee.RateAsync("Scope", 3);
        await lee.Recommendation("Mixed").ClickAsync();
        await Expect(lee.Status).ToHaveTextAsync("Saved");
        await lee.SubmitAsync();

        await Expect(lee.Colleagues).ToHaveCountAsync(1);
        await Expect(lee.Colleagues.First).ToContainTextAsync(DanasNote);
        await Expect(dana.Colleagues.First).ToContainTextAsync("Lee S.");
        await Expect(riley.Seat("u-22")).ToContainTextAsync("submitted");
    }

    [Fact]
    public async Task TrainingMode_LetsTheShadowWatchTheLeadsScorecardLive_NeverTheOtherWay()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        var lee = await NewSignedInPageAsync(server, "lee", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await lee.ExpectConnectedAsync();

        await dana.Page.Locator("#training").CheckAsync();
        await Expect(lee.Page.Locator("#training-badge")).ToBeVisibleAsync();
        await lee.RateAsync("Reflection", 1);
        await dana.RateAsync("Impact", 5);

        await Expect(lee.Colleagues).ToHaveCountAsync(1);
        await Expect(lee.Colleagues.First).ToContainTextAsync("Live draft");
        await Expect(lee.Colleagues.First).ToContainTextAsync("Impact: 5");
        await Expect(dana.Colleagues).ToHaveCountAsync(0);
        await Expect(dana.Rating("Reflection", 1)).Not.ToBeCheckedAsync();
    }
}
