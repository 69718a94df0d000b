namespace InterviewLoop.Packets.Model;

/// <summary>One round of the packet with every panel member's scorecard (or that it is not submitted yet).</summary>
/// <param name="Id">Round id, e.g. <c>r3</c>.</param>
/// <param name="Kind">Kind label, e.g. "Project deep dive".</param>
/// <param name="Rubric">Rubric display name with its id, e.g. "Senior evidence (senior-evidence/v1)".</param>
/// <param name="StartedAt">Start (UTC), or <c>null</c> when not scheduled.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="Panel">Panel members with their part, e.g. "Dana K. (lead)".</param>
/// <param name="Scorecards">One per panel member in panel order, then any scorecard by someone no longer on the panel.</param>
public sealed record PacketRound(
    string Id,
    string Kind,
    string Rubric,
    DateTimeOffset? StartedAt,
    int DurationMinutes,
    IReadOnlyList<string> Panel,
    IReadOnlyList<PacketScorecard> Scorecards);

/// <summary>One interviewer's scorecard as the packet shows it. Drafts are never shown: an unsubmitted one is just "not submitted yet".</summary>
/// <param name="InterviewerId">User id.</param>
/// <param name="InterviewerName">Display name.</param>
/// <param name="SubmittedAt">Submission time (UTC), or <c>null</c> when not submitted yet (then everything else is empty).</param>
/// <param name="Dimensions">Rubric dimensions in rubric order (then any others), each with rating and evidence notes.</param>
/// <param name="GeneralNotes">Notes not tied to a dimension.</param>
/// <param name="Recommendation">Recommendation label, e.g. "Strong yes", or <c>null</c>.</param>
/// <param name="LevelRecommendation">Recommended level <c>L1</c>..<c>L8</c>, or <c>null</c>.</param>
/// <param name="Summary">Written summary; empty when none.</param>
public sealed record PacketScorecard(
    string InterviewerId,
    string InterviewerName,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<PacketDimension> Dimensions,
    IReadOnlyList<string> GeneralNotes,
    string? Recommendation,
    string? LevelRecommendation,
    string Summary)
{
    /// <summary>True once submitted.</summary>
    public bool IsSubmitted => SubmittedAt is not null;
}

/// <summary>One rubric dimension on a scorecard.</summary>
/// <param name="Id">Dimension id, e.g. <c>production_ownership</c>.</param>
/// <param name="Name">Display name from the rubric catalog, or the id made readable for an organisation's own rubric.</param>
/// <param name="Rating">Rating 1..5, or <c>null</c> when unrated.</param>
/// <param name="Calibrated">Calibrated rating on the 1..5 scale from the report, or <c>null</c> when the report has none.</param>
/// <param name="Notes">Evidence notes for this dimension, in the order written.</param>
public sealed record PacketDimension(string Id, string Name, int? Rating, double? Calibrated, IReadOnlyList<string> Notes);
