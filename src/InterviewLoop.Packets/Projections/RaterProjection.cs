using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>
/// Each rater's tendency as calibration applied it in this loop: the mean offset it removed from their
/// ratings. Calibration reports calibrated == raw for a rater it has no history for, so an all-zero
/// offset reads as "no history" rather than as a perfectly neutral rater.
/// </summary>
internal static class RaterProjection
{
    public static IReadOnlyList<PacketRater> Of(IReadOnlyList<PacketRatingRow> rows)
    {
        var ratings = rows.SelectMany(r => r.Cells).SelectMany(c => c.Ratings).ToArray();
        return ratings
            .GroupBy(r => r.InterviewerId, StringComparer.Ordinal)
            .Select(g => new PacketRater(g.Key, g.First().Interviewer, g.Count(), Offset(g.ToArray())))
            .ToArray();
    }

    private static double? Offset(PacketRating[] ratings) =>
        ratings.All(r => r.Calibrated.Equals(r.Raw)) ? null : Math.Round(ratings.Average(r => r.Raw - r.Calibrated), 2);
}
