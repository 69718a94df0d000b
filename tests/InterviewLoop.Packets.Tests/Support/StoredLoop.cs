using InterviewLoop.Calibration;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>The sample loop imported through the real grains into an in-memory event log, with a movable clock.</summary>
internal sealed class StoredLoop : IAsyncDisposable
{
    public const string LoopId = "loop-test-7";

    private StoredLoop(InMemoryEventStore store, FakeClock clock, GrainHost host) => (Store, Clock, Host) = (store, clock, host);

    public InMemoryEventStore Store { get; }

    public FakeClock Clock { get; }

    public GrainHost Host { get; }

    public PacketComposer Composer => new(Store, new LoopCalibrator(), Clock);

    public static async Task<StoredLoop> ImportAsync()
    {
        var store = new InMemoryEventStore();
        var clock = new FakeClock(SampleLoop.GeneratedAt);
        var host = InterviewLoopGrains.CreateHost(store, new LoopCalibrator(), NullRoundObserver.Instance, clock);
        await host.GetGrain<ILoopGrain>(LoopId).Create(SampleLoop.Snapshot());
        return new StoredLoop(store, clock, host);
    }

    /// <summary>Dana rates r3 and submits it, giving <paramref name="reason"/> for going ahead despite <paramref name="warnings"/>.</summary>
    public async Task SubmitRound3Async(string? reason = null, IReadOnlyList<string>? warnings = null)
    {
        var round = Host.GetGrain<IRoundGrain>($"{LoopId}/r3");
        await round.Change("u-21", Change(ScorecardField.Rating, "scope", "4"));
        await round.Change("u-21", Change(ScorecardField.Recommendation, null, "yes"));
        await round.Submit("u-21", Guid.NewGuid().ToString("N"), reason, warnings);
    }

    /// <summary>Dana corrects her submitted r3 rating of scope.</summary>
    public Task AmendRound3Async(string value, string reason) =>
        Host.GetGrain<IRoundGrain>($"{LoopId}/r3").Amend("u-21", Change(ScorecardField.Rating, "scope", value), reason);

    private static ScorecardChange Change(ScorecardField field, string? dimension, string? value) =>
        new(Guid.NewGuid().ToString("N"), field, dimension, value);

    /// <summary>Lee edits the r2 draft: a write to the log that no packet shows.</summary>
    public Task EditDraftAsync() =>
        Host.GetGrain<IRoundGrain>($"{LoopId}/r2").Change("u-22", Change(ScorecardField.Rating, "impact", "3"));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
