using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>Stream appends shaped the way the grains write them.</summary>
public static class Appends
{
    /// <summary>The loop's plan and every round's schedule, all in one atomic append (as loop creation does).</summary>
    public static StreamAppend[] PlanLoop(LoopPlan plan, DateTimeOffset at) =>
        [
            new StreamAppend(StreamIds.Loop(plan.LoopId), 0, [new LoopPlanned(plan, at)]),
            .. plan.Rounds.Select(r => new StreamAppend(RoundStream(plan.LoopId, r.RoundId), 0, [new RoundScheduled(plan.LoopId, r)])),
        ];

    public static StreamAppend[] Round(string roundId, long expectedVersion, params IRoundEvent[] events) =>
        [new StreamAppend(RoundStream(Sample.LoopId, roundId), expectedVersion, events)];

    public static ScorecardChanged Rating(string interviewerId, string dimension, int rating, string operationId) =>
        new(interviewerId, new ScorecardChange(operationId, ScorecardField.Rating, dimension, rating.ToString(System.Globalization.CultureInfo.InvariantCulture)), Sample.At("2026-02-18T15:00:00Z"));

    public static ScorecardSubmitted Submit(string interviewerId, string operationId) =>
        new(interviewerId, operationId, Sample.At("2026-02-18T16:00:00Z"));

    public static string RoundStream(string loopId, string roundId) =>
        StreamIds.Round(global::InterviewLoop.Domain.Rounds.Round.KeyOf(loopId, roundId));
}
