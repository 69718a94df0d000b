using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Read models over the sample loop, planned in the constructor. This part: loop counts and states.</summary>
public abstract partial class ReadModelTests : IDisposable
{
    private readonly TestDatabase _temp;
    private readonly InterviewLoopDatabase _db;

    protected ReadModelTests(TestDatabase temp)
    {
        _temp = temp;
        _db = _temp.Open();
        _db.EventStore.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z"))).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private IEventStore Store => _db.EventStore;

    [Fact]
    public async Task PlannedLoop_IsListedWithItsRoundsAndExpectedScorecards()
    {
        var loop = Assert.Single(await _db.Loops.ListLoopsAsync());

        Assert.Equal(
            new LoopSummary(Sample.LoopId, "cand-88", "Daniel R.", "Senior Backend Engineer", Track.Ic, Level.FromRank(4),
                4, 0, 6, LoopStates.Planned, Sample.At("2026-02-01T08:30:00Z"), Sample.At("2026-03-02T09:00:00Z")),
            loop);
    }

    [Fact]
    public async Task EveryRoundActiveButSomeoneMissing_IsAwaitingFeedback()
    {
        await SubmitAll(except: "u-22");

        var loop = await _db.Loops.FindLoopAsync(Sample.LoopId);

        Assert.Equal((LoopStates.AwaitingFeedback, 5, 6), (loop!.State, loop.SubmittedCount, loop.ExpectedCount));
    }

    [Fact]
    public async Task EveryPanelMemberSubmitted_IsReadyForDebrief()
    {
        await SubmitAll(except: null);

        var loop = await _db.Loops.FindLoopAsync(Sample.LoopId);

        Assert.Equal((LoopStates.ReadyForDebrief, 6, 6), (loop!.State, loop.SubmittedCount, loop.ExpectedCount));
    }

    private async Task SubmitAll(string? except)
    {
        foreach (var round in Sample.Plan().Rounds)
        {
            var events = round.Panel.Members.Where(m => m.InterviewerId != except)
                .SelectMany(m => new IRoundEvent[] { Appends.Rating(m.InterviewerId, "scope", 3, $"op-{round.RoundId}-{m.InterviewerId}-r"), Appends.Submit(m.InterviewerId, $"op-{round.RoundId}-{m.InterviewerId}-s") })
                .ToArray();
            if (except == "u-22" && round.RoundId == "r4") events = [.. events, Appends.Rating("u-22", "scope", 2, "op-lee")];
            await Store.AppendAsync(Appends.Round(round.RoundId, 1, events));
        }
    }
}
