using InterviewLoop.Domain.Loops;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>The loop-wide panel: each interviewer once, with the rounds they sit on.</summary>
internal static class PanelProjection
{
    public static IReadOnlyList<PacketPanelist> Of(LoopSnapshot loop)
    {
        var names = InterviewerNames.Of(loop);
        var seats = loop.Rounds
            .SelectMany(r => InterviewerIds(r).Select(id => (Id: id, Round: r.Plan.RoundId)))
            .Distinct();
        return seats
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => new PacketPanelist(g.Key, names.NameOf(g.Key), g.Select(s => s.Round).ToArray()))
            .ToArray();
    }

    // A scorecard by someone no longer on the panel still puts them in the loop.
    private static IEnumerable<string> InterviewerIds(RoundSnapshot round) =>
        round.Plan.Panel.Members.Select(m => m.InterviewerId).Concat(round.Scorecards.Select(s => s.InterviewerId));
}
