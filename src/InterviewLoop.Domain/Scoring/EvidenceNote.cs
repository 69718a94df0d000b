namespace InterviewLoop.Domain.Scoring;

/// <summary>
/// A piece of written evidence an interviewer took during a round, tied to a rubric dimension id
/// (or <c>null</c> for a general note).
/// </summary>
/// <param name="Dimension">Rubric dimension id (e.g. <c>scope</c>), or <c>null</c>.</param>
/// <param name="Text">The note as written; never null, may be long.</param>
public sealed record EvidenceNote(string? Dimension, string Text);
