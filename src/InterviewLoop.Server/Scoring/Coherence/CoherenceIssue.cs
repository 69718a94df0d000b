namespace InterviewLoop.Server.Scoring.Coherence;

/// <summary>
/// One place where an interviewer's own ratings and words disagree, shown to them (and only them)
/// before their scorecard locks. Codes: <c>unsupported_rating</c>, <c>note_mismatch</c>,
/// <c>summary_mismatch</c>, <c>flat_ratings</c>.
/// </summary>
/// <param name="Code">What kind of disagreement.</param>
/// <param name="Dimension">The rubric dimension id it is about, or <c>null</c>.</param>
/// <param name="Message">What to look at, addressed to the interviewer.</param>
public sealed record CoherenceIssue(string Code, string? Dimension, string Message)
{
    /// <summary>How the issue is kept in the submit event's warnings: <c>code</c> or <c>code:dimension</c>.</summary>
    public string WarningCode => Dimension is null ? Code : $"{Code}:{Dimension}";
}
