using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The real grain host over the SQL store: what the grains write is what the queries and another process read.</summary>
public abstract class GrainsOverSqlTests(TestDatabase temp) : IDisposable
{
    private readonly TestDatabase _temp = temp;

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task LoopCreatedAndScoredThroughGrains_ShowsInQueriesAndInAnotherProcess()
    {
        var db = _temp.Open();
        await using (var host = Host(db))
        {
            await host.GetGrain<ILoopGrain>(Sample.LoopId).Create(SampleWithImportedR1());
            var r4 = host.GetGrain<IRoundGrain>($"{Sample.LoopId}/r4");
            await r4.Change("u-21", new ScorecardChange("op-1", ScorecardField.Rating, "scope", "4"));
            await r4.Change("u-21", new ScorecardChange("op-2", ScorecardField.Recommendation, null, "yes"));
            await r4.Submit("u-21", "op-3");
        }

        await using var otherProcess = Host(_temp.Open());
        var view = await otherProcess.GetGrain<IRoundGrain>($"{Sample.LoopId}/r4").GetView();
        var loop = await db.Loops.FindLoopAsync(Sample.LoopId);

        Assert.True(view.Scorecards.Single(s => s.InterviewerId == "u-21").IsSubmitted);
        Assert.Equal((2, 6, LoopStates.InProgress), (loop!.SubmittedCount, loop.ExpectedCount, loop.State));
        Assert.Equal(["r1", "r4"], (await db.Loops.ListRoundsAsync(Sample.LoopId)).Where(r => r.SubmittedIds.Count > 0).Select(r => r.RoundId));
    }

    private Grains.Hosting.GrainHost Host(InterviewLoopDatabase db) =>
        InterviewLoopGrains.CreateHost(db.EventStore, new UnusedCalibrator(), NullRoundObserver.Instance, _temp.Clock);

    private static LoopSnapshot SampleWithImportedR1()
    {
        var plan = Sample.Plan();
        var priya = new ScorecardBuilder("u-17", "Priya N.").Rate("role_fit", 4).Recommend(Recommendation.Yes, 4)
            .SubmittedAt(Sample.At("2026-02-10T16:00:00Z")).Build();
        var rounds = plan.Rounds.Select(r => new RoundSnapshot(r, r.RoundId == "r1" ? [priya] : [])).ToArray();
        return new LoopSnapshot(plan.LoopId, plan.Candidate, plan.Role, rounds);
    }

    private sealed class UnusedCalibrator : ILoopCalibrator
    {
        public CalibrationReport Calibrate(LoopSnapshot loop) => throw new NotSupportedException("not used by these tests");
    }
}
