using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Packets;

/// <summary>A round in display terms: one scorecard slot per panel member, missing ones included.</summary>
internal static class RoundProjection
{
    public static PacketRound Of(RoundSnapshot round, CalibrationReport report)
    {
        var plan = round.Plan;
        return new PacketRound(
            plan.RoundId,
            Labels.Humanize(plan.Kind.ToWire()),
            Labels.RubricName(plan.RubricId),
            plan.StartedAt,
            plan.DurationMinutes,
            plan.Panel.Members.Select(m => $"{m.DisplayName} ({m.Role.ToWire()})").ToArray(),
            Slots(round, report).ToArray());
    }

    // Panel order first, so a missing scorecard shows where the committee expects it.
    private static IEnumerable<PacketScorecard> Slots(RoundSnapshot round, CalibrationReport report)
    {
        var byInterviewer = round.Scorecards.ToDictionary(s => s.InterviewerId, StringComparer.Ordinal);
        foreach (var member in round.Plan.Panel.Members)
        {
            yield return byInterviewer.Remove(member.InterviewerId, out var scorecard)
                ? ScorecardProjection.Of(scorecard, round.Plan, report)
                : ScorecardProjection.Missing(member);
        }
        foreach (var other in round.Scorecards.Where(s => byInterviewer.ContainsKey(s.InterviewerId)))
            yield return ScorecardProjection.Of(other, round.Plan, report);
    }
}
