using InterviewLoop.Server.Tests.Api;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The board and the committee's debrief page show a new calibration report without a reload.</summary>
public sealed class CalibrationPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task LastSubmit_ShowsTheCalibrationOnTheBoardAndTheDebriefLive()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var board = await NewSignedInPageAsync(server, "riley", $"/board?loop={LoopId}");
        await Expect(board.Status).ToHaveTextAsync("Connected");
        var debrief = await NewSignedInPageAsync(server, "casey", $"/debrief/{LoopId}");
        var notice = debrief.Page.Locator("#calibration-live");
        await Expect(notice).ToHaveAttributeAsync("data-joined", "true");
        await Expect(notice).ToBeHiddenAsync(); // nothing stored yet

        await IndependentScoringTests.SubmitCoherentAsync(await SignedInApiAsync(server, "dana"), "Sized the queue at 40k messages a second from the traffic graph.");
        await IndependentScoringTests.SubmitCoherentAsync(await SignedInApiAsync(server, "lee"), "Split the fan-out by tenant after measuring the p99 at 300 ms.");

        var line = board.Page.Locator($"#board-calibrations [data-loop='{LoopId}']");
        await Expect(line.Locator(".calibration-summary")).ToContainTextAsync("calibrated: level");
        await Expect(line).ToContainTextAsync("all scorecards submitted");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveAttributeAsync("data-state", "updated");
        await Expect(notice).ToContainTextAsync("Calibration updated");
        await Expect(notice.Locator(".calibration-summary")).ToHaveTextAsync(await line.Locator(".calibration-summary").TextContentAsync() ?? "");
    }
}
