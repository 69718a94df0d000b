using InterviewLoop.Domain.Loops;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>The cover: who, what, when, the panel, the decision status and how complete the loop is.</summary>
internal static class CoverProjection
{
    public static PacketCover Of(LoopSnapshot loop, LoopDecision? decision)
    {
        var scheduled = loop.Rounds.Select(r => r.Plan).Where(p => p.StartedAt is not null).ToArray();
        return new PacketCover(
            loop.Candidate.DisplayName,
            loop.Role.Title,
            loop.Role.Track == Track.Ic ? "IC" : "Manager",
            loop.Role.TargetLevel.ToString(),
            scheduled.Length == 0 ? null : scheduled.Min(p => p.StartedAt!.Value).ToUniversalTime(),
            scheduled.Length == 0 ? null : scheduled.Max(p => p.StartedAt!.Value.AddMinutes(p.DurationMinutes)).ToUniversalTime(),
            PanelProjection.Of(loop),
            DecisionProjection.Status(decision),
            Completeness(loop));
    }

    private static PacketCompleteness Completeness(LoopSnapshot loop)
    {
        var seats = loop.Rounds.SelectMany(r => r.Plan.Panel.Members.Select(m => (Round: r, Member: m))).ToArray();
        var outstanding = seats
            .Where(s => !s.Round.Scorecards.Any(c => c.InterviewerId == s.Member.InterviewerId && c.IsSubmitted))
            .Select(s => $"{s.Round.Plan.RoundId}: {s.Member.DisplayName}")
            .ToArray();
        return new PacketCompleteness(seats.Length - outstanding.Length, seats.Length, outstanding);
    }
}
