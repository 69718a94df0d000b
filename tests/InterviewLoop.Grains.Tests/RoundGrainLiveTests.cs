using System.Globalization;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

/// <summary>The round grain's live-scoring surface: room writes, submit reasons, amendments, catch-up.</summary>
public sealed partial class RoundGrainLiveTests
{
    private readonly InMemoryEventStore _store = new();
    private readonly ManualClock _clock = new();
    private readonly RoundEventLog _observer = new();

    private static ScorecardChange Rate(string op, string dimension, int value) =>
        new(op, ScorecardField.Rating, dimension, value.ToString(CultureInfo.InvariantCulture));

    private async Task<(Hosting.GrainHost Host, IRoundGrain Round)> PlannedAsync()
    {
        var host = GrainFixture.Host(_store, _clock, _observer);
        await host.GetGrain<ILoopGrain>("loop-1").Create(new LoopBuilder("loop-1").WithRound("r1", "u-1", "u-2").Build());
        return (host, host.GetGrain<IRoundGrain>("loop-1/r1"));
    }

    private static async Task SubmitAsync(IRoundGrain round, string who, string? reason = null)
    {
        await round.Change(who, Rate($"{who}-rate", "scope", 4));
        await round.Change(who, new ScorecardChange($"{who}-rec", ScorecardField.Recommendation, null, "yes"));
        await round.Submit(who, $"{who}-submit", reason, reason is null ? null : ["unsupported_rating:scope"]);
    }

    [Fact]
    public async Task Start_UsesTheHostClock_AndTheRoomIsInTheView()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;

        await round.SetAgenda([new AgendaItem("Design a feed", 20, "judgment")], "u-1");
        var started = await round.Start("u-1");
        _clock.Advance(TimeSpan.FromMinutes(10));
        var again = await round.Start("u-1");

        Assert.Equal(_clock.GetUtcNow().AddMinutes(-10), started.Room.StartedAt);
        Assert.Equal(started.Room.StartedAt, again.Room.StartedAt);
        Assert.Equal(started.Sequence, again.Sequence);
        Assert.Equal("Design a feed", Assert.Single((await round.GetView()).Room.Agenda).Prompt);
    }

    [Fact]
    public async Task RoomWrites_AreReportedToTheObserver_AndNoOpsAreNot()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;

        await round.SetTrainingMode(true, "u-1");
        await round.SetTrainingMode(true, "u-1");

        var reported = Assert.Single(_observer.Writes);
        Assert.IsType<TrainingModeSet>(Assert.Single(reported.Events));
        Assert.True(reported.View.Room.TrainingMode);
    }

    [Fact]
    public async Task Change_IsReportedWithTheViewAfterIt_AndCoverage()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;

        var ack = await round.Change("u-2", Rate("op-1", "impact", 2));

        var reported = Assert.Single(_observer.Writes);
        Assert.Equal(ack.Sequence, reported.View.Sequence);
        Assert.Equal(["impact"], reported.View.Room.Coverage);
    }

    [Fact]
    public async Task End_BeforeStart_IsRefused()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;

        var error = await Assert.ThrowsAsync<DomainException>(() => round.End("u-1"));

        Assert.Equal("round.not_started", error.Code);
    }

    private sealed class RoundEventLog : IRoundObserver
    {
        public List<(RoundView View, IReadOnlyList<IRoundEvent> Events)> Writes { get; } = [];

        public Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard) => Task.CompletedTask;

        public Task ProgressChanged(RoundProgress progress) => Task.CompletedTask;

        public Task RoundChanged(RoundView view, IReadOnlyList<IRoundEvent> events)
        {
            Writes.Add((view, events));
            return Task.CompletedTask;
        }
    }
}
