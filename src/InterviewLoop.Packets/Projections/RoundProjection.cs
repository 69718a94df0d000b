using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>A round in display terms: one scorecard slot per panel member, unsubmitted ones included as such.</summary>
internal static class RoundProjection
{
    public static PacketRound Of(RoundSnapshot round, CalibrationReport report)
    {
        var plan = round.Plan;
        return new PacketRound(
            plan.RoundId,
            Labels.Humanize(plan.Kind.ToWire()),
            Labels.RubricName(plan.RubricId),
            plan.StartedAt?.ToUniversalTime(),
            plan.DurationMinutes,
            plan.Panel.Members.Select(m => $"{m.DisplayName} ({m.Role.ToWire()})").ToArray(),
            Slots(round, report).ToArray());
    }

    // Panel order first, so a missing scorecard shows where the committee expects it. A draft is
    // never shown to anyone but its author: here it is the same as no scorecard at all.
    private static IEnumerable<PacketScorecard> Slots(RoundSnapshot round, CalibrationReport report)
    {
        var submitted = round.Scorecards.Where(s => s.IsSubmitted).ToDictionary(s => s.InterviewerId, StringComparer.Ordinal);
        foreach (var member in round.Plan.Panel.Members)
        {
            yield return submitted.Remove(member.InterviewerId, out var scorecard)
                ? ScorecardProjection.Of(scorecard, round.Plan, report)
                : ScorecardProjection.NotSubmitted(member);
        }
        foreach (var other in round.Scorecards.Where(s => submitted.ContainsKey(s.InterviewerId)))
            yield return ScorecardProjection.Of(other, round.Plan, report);
    }
}
