using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>The summary: level signal, how the submitted scorecards recommend, and the flags to settle first.</summary>
internal static class SummaryProjection
{
    /// <summary>How many flags the summary repeats; the full list follows in its own section.</summary>
    public const int TopFlagCount = 3;

    public static PacketSummary Of(LoopSnapshot loop, CalibrationReport report, IReadOnlyList<PacketFlag> flags) =>
        new(new PacketLevel(report.Level.Supported?.ToString(), report.Level.Confidence, loop.Role.TargetLevel.ToString()),
            Recommendations(loop),
            flags.Take(TopFlagCount).ToArray());

    // Every value is listed, zeros too: "nobody said no" is information.
    private static PacketRecommendationCount[] Recommendations(LoopSnapshot loop)
    {
        var submitted = loop.SubmittedScorecards.ToArray();
        return Enum.GetValues<Recommendation>().OrderBy(v => (int)v)
            .Select(value =>
            {
                var who = submitted.Where(c => c.Scorecard.Recommendation == value)
                    .Select(c => $"{c.Scorecard.InterviewerName} ({c.Round.Plan.RoundId})").ToArray();
                return new PacketRecommendationCount(Labels.Humanize(value.ToWire()), who.Length, who);
            })
            .ToArray();
    }
}
