using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>
/// Dimensions nobody assessed: for each built-in rubric the loop uses, the dimensions no submitted
/// scorecard of its rounds rated. An organisation's own rubric has no known dimension list, so it has no gaps to show.
/// </summary>
internal static class CoverageProjection
{
    public static IReadOnlyList<PacketCoverageGap> Of(LoopSnapshot loop) =>
        loop.Rounds
            .GroupBy(r => r.Plan.RubricId, StringComparer.Ordinal)
            .SelectMany(Gaps)
            .ToArray();

    private static IEnumerable<PacketCoverageGap> Gaps(IGrouping<string, RoundSnapshot> rounds)
    {
        if (!RubricCatalog.TryGet(rounds.Key, out var rubric)) return [];
        var rated = rounds.SelectMany(r => r.Scorecards).Where(c => c.IsSubmitted).SelectMany(c => c.Ratings.Keys).ToHashSet(StringComparer.Ordinal);
        var roundIds = rounds.Select(r => r.Plan.RoundId).ToArray();
        var pending = rounds.Any(HasOutstanding);
        return rubric.Dimensions
            .Where(d => !rated.Contains(d.Id))
            .Select(d => new PacketCoverageGap(Labels.RubricName(rubric.Id), d.Name, roundIds, pending));
    }

    private static bool HasOutstanding(RoundSnapshot round) =>
        round.Plan.Panel.Members.Any(m => !round.Scorecards.Any(c => c.InterviewerId == m.InterviewerId && c.IsSubmitted));
}
