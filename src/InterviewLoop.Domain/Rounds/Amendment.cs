using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>One correction of a submitted scorecard, as the audit trail shows it.</summary>
/// <param name="Change">The field and its new value.</param>
/// <param name="PreviousValue">The field's value before (see <see cref="ScorecardFieldValues"/>), or <c>null</c> when it was empty.</param>
/// <param name="Reason">Why the interviewer amended it.</param>
/// <param name="At">When (UTC).</param>
public sealed record Amendment(ScorecardChange Change, string? PreviousValue, string Reason, DateTimeOffset At);

/// <summary>How one scorecard was submitted and corrected; part of its audit trail.</summary>
/// <param name="InterviewerId">Whose scorecard.</param>
/// <param name="SubmitReason">Why it was submitted despite coherence warnings, or <c>null</c>.</param>
/// <param name="SubmitWarnings">The warnings shown at submit (e.g. <c>unsupported_rating:impact</c>); empty for none.</param>
/// <param name="Amendments">Amendments in the order made.</param>
public sealed record ScorecardAudit(
    string InterviewerId, string? SubmitReason, IReadOnlyList<string> SubmitWarnings, IReadOnlyList<Amendment> Amendments)
{
    /// <summary>An audit with nothing in it yet.</summary>
    public static ScorecardAudit Empty(string interviewerId) => new(interviewerId, null, [], []);
}
