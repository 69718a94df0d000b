using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Loops;

/// <summary>One round with its scorecards, as read by calibration and packets.</summary>
/// <param name="Plan">The round's plan (kind, rubric, panel).</param>
/// <param name="Scorecards">Scorecards in panel order; drafts included only where the reader may see them.</param>
public sealed record RoundSnapshot(RoundPlan Plan, IReadOnlyList<Scorecard> Scorecards);

/// <summary>
/// A whole loop at one moment: what the calibration service and the debrief packet read.
/// Built from a loop document or from the grains; the same shape either way.
/// </summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Role">Role and target level.</param>
/// <param name="Rounds">Rounds in plan order.</param>
/// <param name="Position">Event-log position the snapshot was read at (0 for a document).</param>
public sealed record LoopSnapshot(
    string LoopId, Candidate Candidate, Role Role, IReadOnlyList<RoundSnapshot> Rounds, long Position = 0)
{
    /// <summary>Every submitted scorecard with its round, in round order.</summary>
    public IEnumerable<(RoundSnapshot Round, Scorecard Scorecard)> SubmittedScorecards =>
        Rounds.SelectMany(r => r.Scorecards.Where(s => s.IsSubmitted).Select(s => (r, s)));
}
