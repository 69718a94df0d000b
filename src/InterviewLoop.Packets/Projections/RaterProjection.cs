using InterviewLoop.Calibration.Raters;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>
/// Each rater's severity as context for their ratings: from the rater history when it knows them;
/// otherwise what calibration applied in this loop. Calibration reports calibrated == raw for a rater it
/// has no history for, so an all-equal loop reads as "no history" rather than as a perfectly neutral rater.
/// </summary>
internal static class RaterProjection
{
    public static IReadOnlyList<PacketRater> Of(IReadOnlyList<PacketRatingRow> rows, RaterHistory? history)
    {
        var ratings = rows.SelectMany(r => r.Cells).SelectMany(c => c.Ratings).ToArray();
        return ratings
            .GroupBy(r => r.InterviewerId, StringComparer.Ordinal)
            .Select(g => Rater(g.Key, g.ToArray(), history?.Find(g.Key)))
            .ToArray();
    }

    private static PacketRater Rater(string id, PacketRating[] ratings, RaterSeverity? known) =>
        known is not null
            ? new PacketRater(id, ratings[0].Interviewer, ratings.Length, Math.Round(known.Severity, 2), Math.Round(known.StandardError, 2), known.Count)
            : new PacketRater(id, ratings[0].Interviewer, ratings.Length, Applied(ratings), null, null);

    private static double? Applied(PacketRating[] ratings) =>
        ratings.All(r => r.Calibrated.Equals(r.Raw)) ? null : Math.Round(ratings.Average(r => r.Calibrated - r.Raw), 2);
}
