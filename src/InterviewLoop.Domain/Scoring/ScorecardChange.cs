namespace InterviewLoop.Domain.Scoring;

/// <summary>Which part of a draft scorecard a <see cref="ScorecardChange"/> sets.</summary>
public enum ScorecardField
{
    /// <summary>A dimension's rating; value "1".."5", or <c>null</c> to clear.</summary>
    Rating,

    /// <summary>A dimension's evidence note; value the full text (empty or <c>null</c> clears).</summary>
    Note,

    /// <summary>The overall recommendation; value a wire name (<c>strong_no</c>..<c>strong_yes</c>) or <c>null</c>.</summary>
    Recommendation,

    /// <summary>The level recommendation; value <c>L1</c>..<c>L8</c> or <c>null</c>.</summary>
    LevelRecommendation,

    /// <summary>The written summary; value the full text.</summary>
    Summary,
}

/// <summary>
/// One edit to a draft scorecard, as sent by a scoring page. Every edit sets a whole field
/// (last writer wins in the server's order), so replaying it is harmless, and
/// <see cref="OperationId"/> makes a resend a no-op.
/// </summary>
/// <param name="OperationId">Client-generated unique id (1..100 chars) used to deduplicate resends.</param>
/// <param name="Field">Which field is set.</param>
/// <param name="Dimension">Rubric dimension id for <see cref="ScorecardField.Rating"/> and <see cref="ScorecardField.Note"/>; else <c>null</c>.</param>
/// <param name="Value">The new value as text (see <see cref="ScorecardField"/>), or <c>null</c> to clear.</param>
public sealed record ScorecardChange(string OperationId, ScorecardField Field, string? Dimension, string? Value);
