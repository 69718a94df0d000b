namespace InterviewLoop.Calibration.Narrative;

/// <summary>One sentence (or semicolon clause) of a scorecard's free text, with where it came from.</summary>
/// <param name="Card">The scorecard.</param>
/// <param name="Dimension">The dimension of the note it came from; <c>null</c> for the summary or a general note.</param>
/// <param name="Text">The sentence as written, trimmed.</param>
internal sealed record CardSentence(SubmittedCard Card, string? Dimension, string Text)
{
    /// <summary>The sentence lower-cased (invariant), for matching; same length and offsets as <see cref="Text"/>.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>The round's date the sentence's relative times are resolved against.</summary>
    public DateTimeOffset? Date => Card.Round.Plan.StartedAt ?? Card.Card.SubmittedAt;
}
