using System.Text.Json;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Server.Scoring.Room;

namespace InterviewLoop.Server.Loops.Debrief;

/// <summary>One round of <see cref="DebriefView"/>.</summary>
/// <param name="Round">The plan with its panel.</param>
/// <param name="Clock">When it ran.</param>
/// <param name="TrainingMode">True when shadows watched the lead's scorecard live (their scorecards were not independent).</param>
/// <param name="Scorecards">The scorecards the viewer may see, in panel order.</param>
/// <param name="Audits">Submit reasons and amendments of those scorecards.</param>
public sealed record DebriefRound(RoundPlan Round, RoundClock Clock, bool TrainingMode, IReadOnlyList<Scorecard> Scorecards, IReadOnlyList<ScorecardAudit> Audits);

/// <summary>
/// <c>GET /api/loops/{loopId}/debrief</c>: what the debrief reads, cut by <see cref="ScorecardVisibility"/>
/// for the viewer: every round with the scorecards the viewer may see and their audit trail, and the
/// calibration report computed over those scorecards only.
/// </summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Role">Role and target level.</param>
/// <param name="Rounds">Rounds in plan order.</param>
/// <param name="Calibration">The calibration report (<c>interviewloop.calibration/v1</c>) over the visible submitted scorecards.</param>
public sealed record DebriefView(string LoopId, Candidate Candidate, Role Role, IReadOnlyList<DebriefRound> Rounds, JsonElement Calibration);
