using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration;

/// <summary>One submitted scorecard with its round, as the flag rules read it.</summary>
/// <param name="Round">The round.</param>
/// <param name="Card">The submitted scorecard.</param>
internal sealed record SubmittedCard(RoundSnapshot Round, Scorecard Card)
{
    public string RoundId => Round.Plan.RoundId;

    public string InterviewerId => Card.InterviewerId;

    /// <summary>
    /// Whether the interviewer sat on the round as a shadow: usually someone being trained, who may have
    /// watched the lead's scorecard live (training mode), so the card does not vote on the level.
    /// </summary>
    public bool IsShadow => Round.Plan.Panel.Find(InterviewerId)?.Role == PanelRole.Shadow;

    /// <summary>"Priya N. (u-17)": how messages name an interviewer.</summary>
    public string Who => $"{Card.InterviewerName} ({Card.InterviewerId})";

    /// <summary>The built-in rubric of the round, or <c>null</c> for an organisation's own.</summary>
    public Rubric? Rubric => RubricCatalog.TryGet(Round.Plan.RubricId, out var rubric) ? rubric : null;

    /// <summary>Ratings in the rubric's dimension order, then any other dimension in ordinal order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Ratings => DimensionOrder.Sort(Card.Ratings, Round.Plan.RubricId);

    /// <summary>True when a note tied to <paramref name="dimension"/> is concrete evidence for it (<see cref="DimensionEvidence"/>).</summary>
    public bool HasConcreteNoteOn(string dimension) => Card.NotesFor(dimension).Any(n => DimensionEvidence.IsConcrete(dimension, n.Text));

    /// <summary>Every submitted scorecard of <paramref name="loop"/>, in round then scorecard order.</summary>
    public static IReadOnlyList<SubmittedCard> Of(LoopSnapshot loop) =>
        loop.SubmittedScorecards.Select(x => new SubmittedCard(x.Round, x.Scorecard)).ToArray();
}
