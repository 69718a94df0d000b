using InterviewLoop.Domain.Loops;
using InterviewLoop.Persistence.ReadModels;

namespace InterviewLoop.Server.Loops;

/// <summary>Who started and who submitted in one round; carries no ratings.</summary>
/// <param name="Started">Interviewer ids with an unsubmitted draft.</param>
/// <param name="Submitted">Interviewer ids who submitted.</param>
public sealed record RoundProgressView(IReadOnlyList<string> Started, IReadOnlyList<string> Submitted);

/// <summary>One round of a loop as listed in <see cref="LoopDetail"/>.</summary>
/// <param name="RoundId">Round id.</param>
/// <param name="Kind">Kind of interview.</param>
/// <param name="RubricId">Versioned rubric id.</param>
/// <param name="StartedAt">Scheduled start (UTC), or <c>null</c>.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="Panel">Current panel.</param>
/// <param name="Progress">Progress, for recruiters, committee and admins only; <c>null</c> for interviewers.</param>
public sealed record LoopRound(
    string RoundId, RoundKind Kind, string RubricId, DateTimeOffset? StartedAt, int DurationMinutes,
    IReadOnlyList<PanelMember> Panel, RoundProgressView? Progress)
{
    internal static LoopRound From(RoundSummary r, bool withProgress) => new(
        r.RoundId, r.Kind, r.RubricId, r.StartedAt, r.DurationMinutes, r.Panel,
        withProgress ? new RoundProgressView(r.DraftingIds, r.SubmittedIds) : null);
}

/// <summary><c>GET /api/loops/{loopId}</c>: the loop and its rounds in plan order.</summary>
/// <param name="Loop">Candidate, role, counts and state.</param>
/// <param name="Rounds">Rounds in plan order.</param>
public sealed record LoopDetail(LoopSummary Loop, IReadOnlyList<LoopRound> Rounds);

/// <summary>The answer to creating or importing a loop.</summary>
/// <param name="LoopId">The new loop's id.</param>
/// <param name="Rounds">How many rounds were scheduled.</param>
/// <param name="Scorecards">How many scorecards were imported.</param>
public sealed record LoopCreated(string LoopId, int Rounds, int Scorecards);
