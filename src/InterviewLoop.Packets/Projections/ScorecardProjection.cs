using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>A scorecard in display terms: ratings and notes gathered per rubric dimension.</summary>
internal static class ScorecardProjection
{
    /// <summary>The slot of a panel member who has not submitted (whether or not they have a draft).</summary>
    public static PacketScorecard NotSubmitted(PanelMember member) =>
        new(member.InterviewerId, member.DisplayName, null, [], [], null, null, "");

    public static PacketScorecard Of(Scorecard scorecard, RoundPlan plan, CalibrationReport report) =>
        new(
            scorecard.InterviewerId,
            scorecard.InterviewerName,
            scorecard.SubmittedAt?.ToUniversalTime(),
            DimensionIds(scorecard, plan.RubricId).Select(d => Dimension(d, scorecard, plan, report)).ToArray(),
            scorecard.Notes.Where(n => n.Dimension is null).Select(n => n.Text).ToArray(),
            scorecard.Recommendation is { } r ? Labels.Humanize(r.ToWire()) : null,
            scorecard.LevelRecommendation?.ToString(),
            scorecard.Summary);

    // Rubric order for a known rubric, then anything rated or noted outside it by id: never by
    // dictionary order, which would make the packet (and its hash) depend on how the card was read.
    private static IEnumerable<string> DimensionIds(Scorecard scorecard, string rubricId)
    {
        var known = RubricCatalog.TryGet(rubricId, out var rubric) ? rubric.Dimensions.Select(d => d.Id) : [];
        var used = scorecard.Ratings.Keys.Concat(scorecard.Notes.Select(n => n.Dimension).OfType<string>()).Order(StringComparer.Ordinal);
        return known.Concat(used).Distinct(StringComparer.Ordinal);
    }

    private static PacketDimension Dimension(string id, Scorecard scorecard, RoundPlan plan, CalibrationReport report) =>
        new(id,
            Labels.DimensionName(id, plan.RubricId),
            scorecard.Ratings.TryGetValue(id, out var rating) ? rating : null,
            report.Ratings.FirstOrDefault(c => c.Round == plan.RoundId && c.Interviewer == scorecard.InterviewerId && c.Dimension == id)?.Calibrated,
            scorecard.NotesFor(id).Select(n => n.Text).ToArray());
}
