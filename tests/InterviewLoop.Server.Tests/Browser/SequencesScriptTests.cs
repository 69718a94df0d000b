namespace InterviewLoop.Server.Tests.Browser;

/// <summary>
/// The page's sequence bookkeeping (wwwroot/js/scoring/sequences.js), run in Chromium as the page loads it.
/// The race it guards: a page rejoins after a drop, and while its JoinRound is under way another device's
/// write (or a change to the room or the progress) is pushed to it; the join's answer, read before that
/// write, must not replace what the push showed, and a push older than what the page shows is refused.
/// </summary>
public sealed class SequencesScriptTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AJoinAnsweredBeforeAPushItLostTo_IsNotFresh_AndTheNewerSequenceStays()
    {
        var outcome = await InPageAsync<int[]>("""
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

    [Fact]
    public async Task RoomAndProgress_ARejoinKeepsANewerPush_AndAnOlderPushIsRefused()
    {
        var outcome = await InPageAsync<int[]>("""
            async () => {
              const { Sequences } = await import('/js/scoring/sequences.js');
              const seen = new Sequences();
              seen.joined(3);
              const room = seen.roomPushed(6);         // the agenda moved during a rejoin
              const progress = seen.progressPushed(6); // someone submitted during it
              const stale = seen.joined(5);            // the rejoin's answer, read before both
              const late = seen.roomPushed(4);         // a push sent before the rejoin, delivered after
              const again = seen.roomPushed(6);        // the same sequence again (presence moved)
              return [room, progress, stale.room, stale.progress, stale.scorecard, late, again, seen.room, seen.progress]
                .map(v => typeof v === 'boolean' ? (v ? 1 : 0) : v);
            }
            """);

        Assert.Equal([1, 1, 0, 0, 1, 0, 1, 6, 6], outcome);
    }
}
