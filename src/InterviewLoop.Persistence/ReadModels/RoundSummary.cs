using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>One round as listed, optionally from one interviewer's point of view.</summary>
/// <param name="LoopId">Owning loop id.</param>
/// <param name="RoundId">Round id within the loop.</param>
/// <param name="Kind">Kind of interview.</param>
/// <param name="RubricId">Versioned rubric id, e.g. <c>senior-evidence/v1</c>.</param>
/// <param name="StartedAt">Scheduled or actual start (UTC), or <c>null</c>.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="Sequence">0-based position in the loop's plan.</param>
/// <param name="CandidateName">Candidate display name (empty if the loop row is missing).</param>
/// <param name="RoleTitle">Job title (empty if the loop row is missing).</param>
/// <param name="Panel">Current panel, in assignment order.</param>
/// <param name="DraftingIds">Interviewers with an unsubmitted draft.</param>
/// <param name="SubmittedIds">Interviewers who submitted.</param>
/// <param name="PanelRole">The listed-for interviewer's role on the panel, or <c>null</c> when listed for no one or not on the panel.</param>
/// <param name="Submitted">True when the listed-for interviewer submitted their scorecard.</param>
public sealed record RoundSummary(
    string LoopId, string RoundId, RoundKind Kind, string RubricId, DateTimeOffset? StartedAt, int DurationMinutes, int Sequence,
    string CandidateName, string RoleTitle, IReadOnlyList<PanelMember> Panel, IReadOnlyList<string> DraftingIds,
    IReadOnlyList<string> SubmittedIds, PanelRole? PanelRole, bool Submitted)
{
    /// <summary>The round's grain key, <c>{loopId}/{roundId}</c>.</summary>
    public string Key => $"{LoopId}/{RoundId}";
}
