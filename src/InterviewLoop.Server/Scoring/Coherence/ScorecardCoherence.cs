using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Server.Scoring.Coherence;

/// <summary>
/// The submit-time coherence check of one interviewer's own draft. It asks what calibration will
/// later flag on this scorecard alone, so the interviewer can fix it first:
/// <list type="bullet">
/// <item><c>unsupported_rating</c>: a 1-2 or 4-5 without a concrete note on that dimension (<see cref="EvidenceQuality"/>).</item>
/// <item><c>note_mismatch</c> and <c>summary_mismatch</c>: the calibrator's <c>feedback.score_mismatch</c> on this card
/// (praise with low scores, or criticism with high ones).</item>
/// <item><c>flat_ratings</c>: at least <see cref="MinRatedForFlat"/> dimensions rated and all the same, or the calibrator's halo flag.</item>
/// </list>
/// Cross-card rules (disagreement, narrative, level) are not asked: they need colleagues' scorecards.
/// </summary>
/// <param name="calibrator">The calibration service.</param>
internal sealed class ScorecardCoherence(ILoopCalibrator calibrator)
{
    /// <summary>Fewest rated dimensions for "all the same" to count as flat.</summary>
    public const int MinRatedForFlat = 3;

    /// <summary>The issues of <paramref name="card"/> in <paramref name="plan"/>'s round, in rubric order, then summary, then flatness.</summary>
    public IReadOnlyList<CoherenceIssue> Check(RoundPlan plan, Scorecard card)
    {
        var words = new CoherenceWords(plan.RubricId);
        var flags = CalibrateAlone(plan, card);
        var issues = Ordered(card, plan.RubricId)
            .SelectMany(r => DimensionIssues(card, r.Key, r.Value, flags, words))
            .ToList();
        if (flags.Any(f => f.Kind == FlagKinds.ScoreMismatch && f.Dimension is null)) issues.Add(CoherenceWords.SummaryMismatch(card));
        if (IsFlat(card) || flags.Any(f => f.Kind == FlagKinds.Halo)) issues.Add(CoherenceWords.Flat(card));
        return issues;
    }

    private static IEnumerable<CoherenceIssue> DimensionIssues(Scorecard card, string dimension, int rating, IReadOnlyList<Flag> flags, CoherenceWords words)
    {
        var notes = card.NotesFor(dimension).Select(n => n.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
        if (Rating.IsExtreme(rating) && !notes.Any(EvidenceQuality.IsConcrete))
            yield return words.Unsupported(dimension, rating, notes);
        if (flags.Any(f => f.Kind == FlagKinds.ScoreMismatch && f.Dimension == dimension))
            yield return words.NoteMismatch(dimension, rating);
    }

    private IReadOnlyList<Flag> CalibrateAlone(RoundPlan plan, Scorecard card)
    {
        // The card as if submitted, alone in a loop: only its own rules can fire.
        var submitted = card with { SubmittedAt = card.SubmittedAt ?? DateTimeOffset.UnixEpoch };
        var loop = new LoopSnapshot("coherence", new Candidate("coherence", "Candidate"), new Role("Role", Track.Ic, Level.FromRank(4)),
            [new RoundSnapshot(plan, [submitted])]);
        return calibrator.Calibrate(loop).Flags;
    }

    private static bool IsFlat(Scorecard card) =>
        card.Ratings.Count >= MinRatedForFlat && card.Ratings.Values.Distinct().Count() == 1;

    private static IEnumerable<KeyValuePair<string, int>> Ordered(Scorecard card, string rubricId) =>
        RubricCatalog.TryGet(rubricId, out var rubric)
            ? rubric.Dimensions.Where(d => card.Ratings.ContainsKey(d.Id)).Select(d => KeyValuePair.Create(d.Id, card.Ratings[d.Id]))
                .Concat(card.Ratings.Where(r => !rubric.HasDimension(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
            : card.Ratings.OrderBy(r => r.Key, StringComparer.Ordinal);
}
