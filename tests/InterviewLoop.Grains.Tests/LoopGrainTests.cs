using InterviewLoop.Domain;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

public sealed class LoopGrainTests
{
    [Fact]
    public async Task Create_WithSubmittedScorecards_ImportsThemLockedAndPacketSeesThem()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var loop = new LoopBuilder("loop-7")
            .WithRound("r1", ["u-1"], [LoopBuilder.Submitted("u-1", ("scope", 4), ("impact", 2))])
            .WithRound("r2", "u-2")
            .Build();

        await host.GetGrain<ILoopGrain>("loop-7").Create(loop);
        var snapshot = await host.GetGrain<ICandidatePacketGrain>("loop-7").GetSnapshot();

        Assert.Equal(["r1", "r2"], snapshot.Rounds.Select(r => r.Plan.RoundId));
        var imported = Assert.Single(snapshot.Rounds[0].Scorecards);
        Assert.True(imported.IsSubmitted);
        Assert.Equal(2, imported.Ratings["impact"]);
    }

    [Fact]
    public async Task Create_WhenLoopExists_IsRefusedAndKeepsTheFirst()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var grain = host.GetGrain<ILoopGrain>("loop-1");
        await grain.Create(new LoopBuilder("loop-1").WithRound("r1", "u-1").Build());

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.Create(new LoopBuilder("loop-1").WithRound("rX", "u-5").Build()));

        Assert.Equal("loop.exists", error.Code);
        Assert.Equal("r1", Assert.Single((await grain.GetPlan())!.Rounds).RoundId);
    }

    [Fact]
    public async Task Create_WithScorecardOutsideRubric_WritesNothingAtAll()
    {
        var store = new InMemoryEventStore();
        await using var host = GrainFixture.Host(store);
        var loop = new LoopBuilder("loop-2")
            .WithRound("r1", "u-1")
            .WithRound("r2", ["u-2"], [LoopBuilder.Submitted("u-2", ("charisma", 5))])
            .Build();

        await Assert.ThrowsAsync<DomainException>(() => host.GetGrain<ILoopGrain>("loop-2").Create(loop));

        Assert.Empty(await store.ReadAsync(StreamIds.Loop("loop-2"), 0));
        Assert.Empty(await store.ReadAsync(StreamIds.Round("loop-2/r1"), 0));
    }

    [Fact]
    public async Task RoundGrain_ActivatedBeforeImport_SeesTheImportedRound()
    {
        await using var host = GrainFixture.Host(new InMemoryEventStore());
        var round = host.GetGrain<IRoundGrain>("loop-3/r1");
        await Assert.ThrowsAsync<NotFoundException>(round.GetView);

        await host.GetGrain<ILoopGrain>("loop-3").Create(new LoopBuilder("loop-3").WithRound("r1", "u-1").Build());

        Assert.Equal("r1", (await round.GetView()).Plan.RoundId);
    }
}
