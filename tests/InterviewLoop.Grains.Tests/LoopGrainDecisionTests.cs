using InterviewLoop.Domain;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

public sealed class LoopGrainDecisionTests
{
    private static readonly DecideLoop Hire = new(DecisionOutcome.Hire, Level.FromRank(4), "Consistent L4 evidence.", "u-91", "Casey M.");

    [Fact]
    public async Task Decide_AppendsTheDecisionToTheLoopStreamWithTheGrainClocksTime()
    {
        var store = new InMemoryEventStore();
        var clock = new ManualClock();
        await using var host = GrainFixture.Host(store, clock);
        await host.GetGrain<ILoopGrain>("loop-9").Create(new LoopBuilder("loop-9").WithRound("r1", "u-1").Build());

        var decision = await host.GetGrain<ILoopGrain>("loop-9").Decide(Hire);

        Assert.Equal((DecisionOutcome.Hire, clock.GetUtcNow()), (decision.Outcome, decision.At));
        var stored = (await store.ReadAsync(StreamIds.Loop("loop-9"), 0)).Select(e => e.Event).ToArray();
        Assert.Equal(decision, Assert.IsType<LoopDecided>(stored[^1]).Decision);
    }

    [Fact]
    public async Task Decide_UnknownLoop_IsNotFoundAndWritesNothing()
    {
        var store = new InMemoryEventStore();
        await using var host = GrainFixture.Host(store);

        await Assert.ThrowsAsync<NotFoundException>(() => host.GetGrain<ILoopGrain>("loop-x").Decide(Hire));

        Assert.Empty(await store.ReadAsync(StreamIds.Loop("loop-x"), 0));
    }
}
