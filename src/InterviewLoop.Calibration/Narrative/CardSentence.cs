using InterviewLoop.Calibration.Narrative.Projects;

namespace InterviewLoop.Calibration.Narrative;

/// <summary>
/// One sentence (or semicolon clause) of a scorecard's free text, with where it came from. A class,
/// not a record: it caches readings that several narrative readers share, so it has identity.
/// </summary>
internal sealed class CardSentence(SubmittedCard card, string? dimension, string text)
{
    private IReadOnlyList<NumberedClause>? _clauses;
    private ProjectName? _mainProject;
    private bool _mainProjectRead;

    /// <summary>The scorecard.</summary>
    public SubmittedCard Card { get; } = card;

    /// <summary>The dimension of the note it came from; <c>null</c> for the summary or a general note.</summary>
    public string? Dimension { get; } = dimension;

    /// <summary>The sentence as written, trimmed.</summary>
    public string Text { get; } = text;

    /// <summary>The sentence lower-cased (invariant), for matching; same length and offsets as <see cref="Text"/>.</summary>
    public string Lower { get; } = text.ToLowerInvariant();

    /// <summary>The round's date the sentence's relative times are resolved against.</summary>
    public DateTimeOffset? Date => Card.Round.Plan.StartedAt ?? Card.Card.SubmittedAt;

    /// <summary>The clauses of <see cref="Lower"/> with their numbers, read once.</summary>
    public IReadOnlyList<NumberedClause> Clauses => _clauses ??= NumberedClause.Of(Lower);

    /// <summary>The first named project that is not a minor phase (a backfill, a cutover); <c>null</c> if none.</summary>
    public ProjectName? MainProject
    {
        get
        {
            if (!_mainProjectRead) (_mainProject, _mainProjectRead) = (ProjectNames.MainIn(Lower), true);
            return _mainProject;
        }
    }
}
