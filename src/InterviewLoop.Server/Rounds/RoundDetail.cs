using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// <c>GET /api/loops/{loopId}/rounds/{roundId}</c>. What is filled depends on the viewer, so that
/// scoring stays independent: a panelist gets only <see cref="MyScorecard"/>; recruiters get
/// <see cref="Progress"/>; the hiring committee and admins also get <see cref="SubmittedScorecards"/>.
/// </summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Round">The plan with its current panel.</param>
/// <param name="Rubric">The rubric with anchors (1, 3, 5) and hints, or <c>null</c> for an organisation's own rubric id.</param>
/// <param name="Sequence">Round sequence number (version of its event stream).</param>
/// <param name="MyScorecard">The viewer's own scorecard (an empty draft before the first edit), or <c>null</c> when not on the panel.</param>
/// <param name="Progress">Who started and who submitted, or <c>null</c> for panelists.</param>
/// <param name="SubmittedScorecards">Submitted scorecards, or <c>null</c> unless the viewer is committee or admin.</param>
public sealed record RoundDetail(
    string LoopId,
    RoundPlan Round,
    Rubric? Rubric,
    long Sequence,
    Scorecard? MyScorecard,
    RoundProgress? Progress,
    IReadOnlyList<Scorecard>? SubmittedScorecards);

/// <summary>The viewer's own scorecard at a round sequence number.</summary>
/// <param name="Sequence">Round sequence number the scorecard was read at.</param>
/// <param name="Scorecard">The scorecard (an empty draft before the first edit).</param>
public sealed record OwnScorecard(long Sequence, Scorecard Scorecard);
