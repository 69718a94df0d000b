namespace InterviewLoop.Packets;

/// <summary>Where a panel member's scorecard stands.</summary>
public enum ScorecardStatus
{
    /// <summary>Submitted and locked: what the committee decides on.</summary>
    Submitted,

    /// <summary>Started but not submitted; may still change and is not calibrated.</summary>
    Draft,

    /// <summary>The panel member has not started a scorecard.</summary>
    Missing,
}

/// <summary>One interviewer's scorecard as the packet shows it.</summary>
/// <param name="InterviewerId">User id.</param>
/// <param name="InterviewerName">Display name.</param>
/// <param name="Status">Submitted, draft or missing.</param>
/// <param name="SubmittedAt">Submission time (UTC), or <c>null</c>.</param>
/// <param name="Dimensions">Rubric dimensions in rubric order (then any others), each with rating and notes; empty when missing.</param>
/// <param name="GeneralNotes">Notes not tied to a dimension.</param>
/// <param name="Recommendation">Recommendation label, e.g. "Strong yes", or <c>null</c> when undecided.</param>
/// <param name="LevelRecommendation">Recommended level <c>L1</c>..<c>L8</c>, or <c>null</c>.</param>
/// <param name="Summary">Written summary; empty when none.</param>
public sealed record PacketScorecard(
    string InterviewerId,
    string InterviewerName,
    ScorecardStatus Status,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<PacketDimension> Dimensions,
    IReadOnlyList<string> GeneralNotes,
    string? Recommendation,
    string? LevelRecommendation,
    string Summary);

/// <summary>One rubric dimension on a scorecard.</summary>
/// <param name="Id">Dimension id, e.g. <c>production_ownership</c>.</param>
/// <param name="Name">Display name from the rubric catalog, or the id made readable for an organisation's own rubric.</param>
/// <param name="Rating">Rating 1..5, or <c>null</c> when unrated.</param>
/// <param name="Calibrated">Calibrated rating on the 1..5 scale from the report, or <c>null</c> when the report has none.</param>
/// <param name="Notes">Evidence notes for this dimension, in the order written.</param>
public sealed record PacketDimension(string Id, string Name, int? Rating, double? Calibrated, IReadOnlyList<string> Notes);
