using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Packets.Raters;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

/// <summary>The rater history fitted from the event log as of a position: only what the log held then, the same every time.</summary>
public sealed class RaterHistoryFitterTests
{
    private const string Second = "loop-test-8";

    // The in-memory store reads one stream at a time: the log of the two loops is their streams merged by position.
    private sealed class TwoLoopsLog(InMemoryEventStore store) : IEventLog
    {
        private async Task<List<StoredEvent>> AllAsync(CancellationToken ct)
        {
            var all = new List<StoredEvent>();
            foreach (var loopId in new[] { StoredLoop.LoopId, Second })
            {
                all.AddRange(await store.ReadAsync(StreamIds.Loop(loopId), 0, ct));
                foreach (var round in new[] { "r1", "r2", "r3" }) all.AddRange(await store.ReadAsync(StreamIds.Round($"{loopId}/{round}"), 0, ct));
            }
            return all.OrderBy(e => e.Position).ToList();
        }

        public async Task<long> LastPositionAsync(CancellationToken ct = default) => (await AllAsync(ct)).Max(e => e.Position);

        public async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long afterPosition, long upToPosition, int limit, CancellationToken ct = default) =>
            (await AllAsync(ct)).Where(e => e.Position > afterPosition && e.Position <= upToPosition).Take(limit).ToArray();
    }

    [Fact]
    public async Task FitAsOfAPosition_ReadsOnlyTheLoopsTheLogHeldThen_AndGivesTheSameHistoryEveryTime()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var log = new TwoLoopsLog(stored.Store);
        var firstOnly = await log.LastPositionAsync();
        await stored.Host.GetGrain<ILoopGrain>(Second).Create(SampleLoop.Snapshot() with { LoopId = Second });

        var then = await RaterHistoryFitter.FitAsync(log, firstOnly, stored.Clock);
        var again = await RaterHistoryFitter.FitAsync(log, firstOnly, stored.Clock);
        var now = await RaterHistoryFitter.FitAsync(log, await log.LastPositionAsync(), stored.Clock);

        Assert.Equal((1, firstOnly), (then.Loops, then.Position));
        Assert.Equal(2, now.Loops);
        Assert.Equal(2 * then.Ratings, now.Ratings);
        Assert.Equal(then.History.Raters.OrderBy(r => r.RaterId), again.History.Raters.OrderBy(r => r.RaterId));
        Assert.NotEqual(then.History.Raters.OrderBy(r => r.RaterId), now.History.Raters.OrderBy(r => r.RaterId));
    }

    [Fact]
    public async Task Fit_CountsSubmittedRatingsOnly_NotDrafts()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var log = new TwoLoopsLog(stored.Store);
        var before = await RaterHistoryFitter.FitAsync(log, await log.LastPositionAsync(), stored.Clock);

        await stored.EditDraftAsync();
        var after = await RaterHistoryFitter.FitAsync(log, await log.LastPositionAsync(), stored.Clock);

        Assert.True(after.Position > before.Position);
        Assert.Equal(before.Ratings, after.Ratings);
        Assert.Equal(before.History.Raters.OrderBy(r => r.RaterId), after.History.Raters.OrderBy(r => r.RaterId));
    }
}
