using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Grains.Contracts;

/// <summary>A round as stored: plan, panel and every scorecard, at <paramref name="Sequence"/>.</summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Plan">Plan with the current panel.</param>
/// <param name="Scorecards">All scorecards, drafts included. Callers filter with <see cref="ScorecardVisibility"/>.</param>
/// <param name="Sequence">The round's sequence number: the version of its stream.</param>
public sealed record RoundView(string LoopId, RoundPlan Plan, IReadOnlyList<Scorecard> Scorecards, long Sequence)
{
    /// <summary>Agenda, shared clock, training mode and coverage (no ratings).</summary>
    public RoomState Room { get; init; } = RoomState.Empty;

    /// <summary>Submit reasons and amendments per scorecard (scorecard content: filter like the scorecards).</summary>
    public IReadOnlyList<ScorecardAudit> Audits { get; init; } = [];

    /// <summary>The round's standing for <see cref="ScorecardVisibility"/>: panel, who submitted, training mode.</summary>
    public RoundStanding Standing => new(
        Plan.RoundId, Plan.Panel, Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId).ToArray(), Room.TrainingMode);
}
