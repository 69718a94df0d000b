using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// The level each dimension's evidence supports. Votes per dimension: each rating on
/// <c>senior-evidence/v1</c> (its calibrated value when rater history exists), read like the
/// rubric's bands (≥ 3.5 at the target, 2.5..3.5 one level below, under 2.5 two below); and each
/// note that places the work on the level map (<see cref="LevelCues"/>), at the largest band it
/// names, which can be above the target. Only notes on senior-evidence cards and on
/// <c>level_calibration</c> are read for cues: a reason for moving that mentions "several teams"
/// says nothing about the candidate's level. Summarised by <see cref="Votes"/>.
/// </summary>
internal static class DimensionLevels
{
    public static IReadOnlyList<DimensionLevel> Estimate(
        IReadOnlyList<SubmittedCard> cards, IReadOnlyList<CalibratedRating> ratings, Level target, LevelMap map)
    {
        var votes = new List<(string Dimension, int Rank)>();
        foreach (var rating in ratings.Where(r => IsLeveled(cards, r)))
            votes.Add((rating.Dimension, RatingRank(rating.Calibrated, target)));
        foreach (var note in cards.Where(IsSeniorEvidence).SelectMany(c => c.Card.Notes).Where(n => n.Dimension is not null)
                     .Concat(cards.SelectMany(c => c.Card.NotesFor("level_calibration"))))
        {
            var bands = LevelCues.In(note.Text).Select(c => c.Band).ToArray();
            if (bands.Length > 0) votes.Add((note.Dimension!, LevelCues.LevelOf(bands.Max(), map, target).Rank));
        }
        // Dimensions in the order they were first rated or noted.
        return votes.Select(v => v.Dimension).Distinct(StringComparer.Ordinal).Select(dimension =>
        {
            var ranks = votes.Where(v => v.Dimension == dimension).Select(v => v.Rank).ToArray();
            var (supported, confidence) = Votes.Summarize(ranks);
            return new DimensionLevel(dimension, supported is { } rank ? Level.FromRank(rank) : null, confidence, ranks.Length);
        }).ToArray();
    }

    private static bool IsLeveled(IReadOnlyList<SubmittedCard> cards, CalibratedRating rating) =>
        cards.Any(c => c.RoundId == rating.Round && c.InterviewerId == rating.Interviewer && IsSeniorEvidence(c));

    private static bool IsSeniorEvidence(SubmittedCard card) => card.Round.Plan.RubricId == SeniorEvidenceRubric.V1.Id;

    private static int RatingRank(double rating, Level target)
    {
        var below = rating >= 3.5 ? 0 : rating >= 2.5 ? 1 : 2;
        return Math.Clamp(target.Rank - below, Level.MinRank, Level.MaxRank);
    }
}
