using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// The level each dimension's evidence supports. Votes per dimension: each rating on
/// <c>senior-evidence/v1</c> (its calibrated value when rater history exists), read like the
/// rubric's bands (≥ 3.5 at the target, 2.5..3.5 one level below, under 2.5 two below); and each
/// note that places the work on the level map (<see cref="LevelCues"/>), at the largest band it
/// names, which can be above the target. A rating of 3.5 or more means "the target or above", so
/// where the same scorecard's note on that dimension places the work above the target, the note alone
/// votes for that scorecard (as <see cref="RatingBands"/> leaves a whole card's vote to its level
/// recommendation); otherwise no dimension could ever be read above the target. Only notes on senior-evidence cards and on
/// <c>level_calibration</c> are read for cues: a reason for moving that mentions "several teams"
/// says nothing about the candidate's level. Summarised by <see cref="Votes"/>.
/// </summary>
internal static class DimensionLevels
{
    public static IReadOnlyList<DimensionLevel> Estimate(
        IReadOnlyList<SubmittedCard> cards, IReadOnlyList<CalibratedRating> ratings, Level target, LevelMap map)
    {
        var cues = CueVotes(cards, target, map);
        var votes = new List<(string Dimension, int Rank)>();
        foreach (var rating in ratings.Where(r => IsLeveled(cards, r)))
        {
            var rank = RatingRank(rating.Calibrated, target);
            var notedAbove = cues.Any(c => c.Round == rating.Round && c.Interviewer == rating.Interviewer && c.Dimension == rating.Dimension && c.Rank > rank);
            if (rank < target.Rank || !notedAbove) votes.Add((rating.Dimension, rank));
        }
        votes.AddRange(cues.Select(c => (c.Dimension, c.Rank)));
        // Dimensions in the order they were first rated or noted.
        var order = ratings.Where(r => IsLeveled(cards, r)).Select(r => r.Dimension).Concat(cues.Select(c => c.Dimension));
        return order.Distinct(StringComparer.Ordinal).Select(dimension =>
        {
            var ranks = votes.Where(v => v.Dimension == dimension).Select(v => v.Rank).ToArray();
            var (supported, confidence) = Votes.Summarize(ranks);
            return new DimensionLevel(dimension, supported is { } rank ? Level.FromRank(rank) : null, confidence, ranks.Length);
        }).ToArray();
    }

    // One vote per note that places the work on the level map, at the largest band it names.
    private static List<(string Round, string Interviewer, string Dimension, int Rank)> CueVotes(
        IReadOnlyList<SubmittedCard> cards, Level target, LevelMap map)
    {
        var notes = cards.Where(IsSeniorEvidence).SelectMany(c => c.Card.Notes.Where(n => n.Dimension is not null).Select(n => (Card: c, Note: n)))
            .Concat(cards.SelectMany(c => c.Card.NotesFor("level_calibration").Select(n => (Card: c, Note: n))));
        var votes = new List<(string, string, string, int)>();
        foreach (var (card, note) in notes)
        {
            var bands = LevelCues.In(note.Text).Select(c => c.Band).ToArray();
            if (bands.Length > 0) votes.Add((card.RoundId, card.InterviewerId, note.Dimension!, LevelCues.LevelOf(bands.Max(), map, target).Rank));
        }
        return votes;
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
