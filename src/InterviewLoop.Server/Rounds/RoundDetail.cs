using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// <c>GET /api/loops/{loopId}/rounds/{roundId}</c>. What is filled depends on the viewer, so that
/// scoring stays independent: a panelist gets <see cref="MyScorecard"/>; recruiters and admins get
/// <see cref="Progress"/>; <see cref="Colleagues"/> holds only what <see cref="ScorecardVisibility"/> allows.
/// </summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Round">The plan with its current panel.</param>
/// <param name="Rubric">The rubric with anchors (1, 3, 5) and hints, or <c>null</c> for an organisation's own rubric id.</param>
/// <param name="Sequence">Round sequence number (version of its event stream).</param>
/// <param name="MyScorecard">The viewer's own scorecard (an empty draft before the first edit), or <c>null</c> when not on the panel.</param>
/// <param name="MyAudit">The viewer's own submit reason and amendments, or <c>null</c>.</param>
/// <param name="Progress">Who started and who submitted, or <c>null</c> for panelists.</param>
/// <param name="Colleagues">Other scorecards of the round the viewer may see; empty while they may see none.</param>
/// <param name="Room">Agenda, shared clock, training mode, coverage and presence (no ratings).</param>
/// <param name="CanHost">True when the viewer may set the agenda, the clock and training mode.</param>
public sealed record RoundDetail(
    string LoopId,
    RoundPlan Round,
    Rubric? Rubric,
    long Sequence,
    Scorecard? MyScorecard,
    ScorecardAudit? MyAudit,
    RoundProgress? Progress,
    IReadOnlyList<ColleagueScorecard> Colleagues,
    RoomView Room,
    bool CanHost);

/// <summary>The viewer's own scorecard at a round sequence number.</summary>
/// <param name="Sequence">Round sequence number the scorecard was read at.</param>
/// <param name="Scorecard">The scorecard (an empty draft before the first edit).</param>
public sealed record OwnScorecard(long Sequence, Scorecard Scorecard);
