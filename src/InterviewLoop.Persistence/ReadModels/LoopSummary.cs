using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>One loop as listed for recruiters and the hiring committee.</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="CandidateId">Candidate id.</param>
/// <param name="CandidateName">Candidate display name.</param>
/// <param name="RoleTitle">Job title.</param>
/// <param name="Track">IC or manager.</param>
/// <param name="TargetLevel">Level the loop is calibrated against.</param>
/// <param name="RoundCount">Number of rounds.</param>
/// <param name="SubmittedCount">Submitted scorecards of current panel members, over all rounds.</param>
/// <param name="ExpectedCount">Panel seats over all rounds: the scorecards a complete loop has.</param>
/// <param name="State">One of <see cref="LoopStates"/>: <c>planned</c>, <c>in_progress</c>, <c>awaiting_feedback</c>, <c>ready_for_debrief</c>.</param>
/// <param name="CreatedAt">When the loop was planned (UTC).</param>
/// <param name="UpdatedAt">When its read model last changed (UTC, store clock).</param>
public sealed record LoopSummary(
    string LoopId, string CandidateId, string CandidateName, string RoleTitle, Track Track, Level TargetLevel,
    int RoundCount, int SubmittedCount, int ExpectedCount, string State, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
