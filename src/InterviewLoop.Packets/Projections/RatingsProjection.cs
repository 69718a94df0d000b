using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>The ratings table: every submitted rating by dimension and round, raw beside calibrated, and the raters.</summary>
internal static class RatingsProjection
{
    public static PacketRatings Of(LoopSnapshot loop, CalibrationReport report, InterviewerNames names, RaterHistory? history)
    {
        var calibrated = report.Ratings.ToDictionary(r => (r.Round, r.Interviewer, r.Dimension), r => r.Calibrated);
        var rows = DimensionIds(loop)
            .Select(d => new PacketRatingRow(d, Labels.DimensionName(d, RubricOf(loop, d)), loop.Rounds.Select(r => Cell(r, d, calibrated, names)).ToArray()))
            .ToArray();
        return new PacketRatings(loop.Rounds.Select(r => r.Plan.RoundId).ToArray(), rows, RaterProjection.Of(rows, history));
    }

    // Rubric order within each rubric, rubrics in the order rounds first use them, then anything rated off-rubric.
    private static IEnumerable<string> DimensionIds(LoopSnapshot loop)
    {
        var rubricDimensions = loop.Rounds
            .Select(r => r.Plan.RubricId).Distinct(StringComparer.Ordinal)
            .SelectMany(id => RubricCatalog.TryGet(id, out var rubric) ? rubric.Dimensions.Select(d => d.Id) : []);
        var rated = loop.SubmittedScorecards.SelectMany(c => c.Scorecard.Ratings.Keys).Order(StringComparer.Ordinal);
        return rubricDimensions.Concat(rated).Distinct(StringComparer.Ordinal);
    }

    private static string? RubricOf(LoopSnapshot loop, string dimensionId) =>
        loop.Rounds.Select(r => r.Plan.RubricId)
            .FirstOrDefault(id => RubricCatalog.TryGet(id, out var rubric) && rubric.HasDimension(dimensionId));

    private static PacketRatingCell Cell(
        RoundSnapshot round, string dimensionId, Dictionary<(string, string, string), double> calibrated, InterviewerNames names)
    {
        var roundId = round.Plan.RoundId;
        var ratings = round.Scorecards
            .Where(c => c.IsSubmitted && c.Ratings.ContainsKey(dimensionId))
            .Select(c => new PacketRating(c.InterviewerId, names.NameOf(c.InterviewerId), c.Ratings[dimensionId],
                calibrated.GetValueOrDefault((roundId, c.InterviewerId, dimensionId), c.Ratings[dimensionId])))
            .ToArray();
        var applies = RubricCatalog.TryGet(round.Plan.RubricId, out var rubric) ? rubric.HasDimension(dimensionId) : ratings.Length > 0;
        return new PacketRatingCell(roundId, applies || ratings.Length > 0, ratings);
    }
}
