using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

public sealed class RoundGrainTests
{
    private static ScorecardChange Rate(string op, string dimension, int value) =>
        new(op, ScorecardField.Rating, dimension, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<IRoundGrain> PlannedRound(Hosting.GrainHost host)
    {
        await host.GetGrain<ILoopGrain>("loop-1").Create(new LoopBuilder("loop-1").WithRound("r1", "u-1", "u-2").Build());
        return host.GetGrain<IRoundGrain>("loop-1/r1");
    }

    [Fact]
    public async Task Change_ManyInParallel_KeepsEveryChangeWithDistinctSequences()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);
        var baseSequence = (await round.GetView()).Sequence;

        var acks = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            round.Change(i % 2 == 0 ? "u-1" : "u-2", new ScorecardChange($"op-{i}", ScorecardField.Note, "scope", $"note {i}")))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => baseSequence + i), acks.Select(a => a.Sequence).Order());
        Assert.Equal(baseSequence + 200, (await round.GetView()).Sequence);
    }

    [Fact]
    public async Task Change_ResentWithSameOperationId_IsAcknowledgedAsDuplicateAndWritesNothing()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);

        var first = await round.Change("u-1", Rate("op-1", "scope", 4));
        var again = await round.Change("u-1", Rate("op-1", "scope", 2));

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Sequence, again.Sequence);
        Assert.Equal(4, again.Scorecard.Ratings["scope"]);
    }

    [Fact]
    public async Task Change_ByInterviewerNotOnPanel_IsRefused()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);

        await Assert.ThrowsAsync<NotOnPanelException>(() => round.Change("u-9", Rate("op-1", "scope", 4)));
    }

    [Fact]
    public async Task Change_AfterSubmit_IsRefusedAndScorecardKeepsItsRatings()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);
        await round.Change("u-1", Rate("op-1", "scope", 4));
        await round.Change("u-1", new ScorecardChange("op-2", ScorecardField.Recommendation, null, "yes"));
        await round.Submit("u-1", "op-3");

        await Assert.ThrowsAsync<ScorecardLockedException>(() => round.Change("u-1", Rate("op-4", "scope", 1)));

        var mine = (await round.GetView()).Scorecards.Single(s => s.InterviewerId == "u-1");
        Assert.True(mine.IsSubmitted);
        Assert.Equal(4, mine.Ratings["scope"]);
    }

    [Fact]
    public async Task Submit_WithoutRecommendation_IsRejectedNamingTheField()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);
        await round.Change("u-1", Rate("op-1", "scope", 4));

        var error = await Assert.ThrowsAsync<DomainException>(() => round.Submit("u-1", "op-2"));

        Assert.Equal("recommendation", error.Field);
    }

    [Fact]
    public async Task Deactivate_ThenCallAgain_RebuildsStateFromTheStore()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = await PlannedRound(host);
        await round.Change("u-1", Rate("op-1", "judgment", 5));

        await host.DeactivateAsync<IRoundGrain>("loop-1/r1");
        Assert.Equal(1, host.ActivationCount); // only the loop grain is left

        var view = await round.GetView();
        Assert.Equal(5, view.Scorecards.Single().Ratings["judgment"]);
    }

    [Fact]
    public async Task Change_IsReportedToObserverOnlyAfterItIsDurable()
    {
        var store = new InMemoryEventStore();
        var observer = new RecordingObserver(store);
        await using var host = GrainFixture.Host(store, observer: observer);
        var round = await PlannedRound(host);

        var ack = await round.Change("u-1", Rate("op-1", "scope", 3));

        var seen = Assert.Single(observer.Changes);
        Assert.Equal(ack.Sequence, seen.Sequence);
        Assert.True(seen.DurableWhenNotified);
        Assert.Equal(["u-1"], Assert.Single(observer.Progress).Started);
    }

    private sealed class RecordingObserver(IEventStore store) : IRoundObserver
    {
        public List<(long Sequence, bool DurableWhenNotified)> Changes { get; } = [];

        public List<RoundProgress> Progress { get; } = [];

        public async Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard)
        {
            var stored = await store.ReadAsync(StreamIds.Round(roundKey), sequence - 1);
            Changes.Add((sequence, stored.Count == 1));
        }

        public Task ProgressChanged(RoundProgress progress)
        {
            Progress.Add(progress);
            return Task.CompletedTask;
        }
    }
}
