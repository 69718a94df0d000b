using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>
/// The page's sequence bookkeeping (wwwroot/js/scoring/sequences.js), run in Chromium as the page loads it.
/// The race it guards: a page rejoins after a drop, and while its JoinRound is under way another device's
/// write is pushed to it; the join's answer, read before that write, must not replace what the push showed.
/// </summary>
public sealed class SequencesScriptTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AJoinAnsweredBeforeAPushItLostTo_IsNotFresh_AndTheNewerSequenceStays()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = (await NewSignedInPageAsync(server, "dana")).Page;

        var outcome = await page.EvaluateAsync<int[]>("""
            async () => {
              const { Sequences } = await import('/js/scoring/sequences.js');
              const seen = new Sequences();
              seen.acked(2);                 // the last ack before the drop
              const pushed = seen.pushed(4); // another device's write, pushed during the rejoin
              const stale = seen.joined(3);  // the join's answer, read before that write
              const later = seen.joined(5);  // a later join, read after everything shown
              return [pushed ? 1 : 0, stale.scorecard ? 1 : 0, stale.colleagues ? 1 : 0, later.scorecard ? 1 : 0, seen.scorecard];
            }
            """);

        Assert.Equal([1, 0, 1, 1, 5], outcome);
    }
}
