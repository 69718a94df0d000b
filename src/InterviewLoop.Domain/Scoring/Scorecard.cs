using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Domain.Scoring;

/// <summary>
/// One interviewer's record of one round. A draft while <see cref="SubmittedAt"/> is <c>null</c>;
/// immutable once submitted (the round aggregate enforces this).
/// </summary>
/// <param name="InterviewerId">The interviewer's user id (e.g. <c>u-17</c>).</param>
/// <param name="InterviewerName">Display name as shown to the hiring committee.</param>
/// <param name="Ratings">Rating 1..5 per rubric dimension id; an unrated dimension is absent.</param>
/// <param name="Notes">Evidence notes in the order written.</param>
/// <param name="Recommendation">Overall recommendation, or <c>null</c> while undecided.</param>
/// <param name="LevelRecommendation">The level this interviewer recommends, or <c>null</c>.</param>
/// <param name="Summary">The interviewer's written summary; empty when none.</param>
/// <param name="Claims">Optional structured claim tags.</param>
/// <param name="SubmittedAt">When the scorecard was submitted (UTC), or <c>null</c> for a draft.</param>
public sealed record Scorecard(
    string InterviewerId,
    string InterviewerName,
    IReadOnlyDictionary<string, int> Ratings,
    IReadOnlyList<EvidenceNote> Notes,
    Recommendation? Recommendation,
    Level? LevelRecommendation,
    string Summary,
    IReadOnlyList<Claim> Claims,
    DateTimeOffset? SubmittedAt)
{
    /// <summary>True once the scorecard is submitted and locked.</summary>
    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>An empty draft for <paramref name="interviewerId"/>.</summary>
    public static Scorecard Draft(string interviewerId, string interviewerName) =>
        new(interviewerId, interviewerName, new Dictionary<string, int>(), [], null, null, "", [], null);

    /// <summary>The notes tied to <paramref name="dimension"/>.</summary>
    public IEnumerable<EvidenceNote> NotesFor(string dimension) =>
        Notes.Where(n => string.Equals(n.Dimension, dimension, StringComparison.Ordinal));
}
