using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Loops.Debrief;

/// <summary>A whole loop cut to what one viewer may see, with the audit of the scorecards left in.</summary>
/// <param name="Snapshot">The loop with only the scorecards <see cref="ScorecardVisibility"/> allows.</param>
/// <param name="Views">Each round as stored, in plan order (unfiltered: for room and clock data only).</param>
/// <param name="Audits">Submit reasons and amendments of the scorecards in <paramref name="Snapshot"/>, by round id.</param>
/// <param name="ViewerOwes">Whether the viewer sits on a panel of the loop and has not submitted there, so colleagues' scorecards are cut out.</param>
internal sealed record VisibleLoop(
    LoopSnapshot Snapshot, IReadOnlyList<RoundView> Views, IReadOnlyDictionary<string, IReadOnlyList<ScorecardAudit>> Audits, bool ViewerOwes);

/// <summary>
/// Reads a loop from its grains for the debrief, exports and calibration, and applies
/// <see cref="ScorecardVisibility"/> to every scorecard before anything leaves the server.
/// </summary>
internal static class VisibleLoops
{
    /// <summary>The loop <paramref name="loopId"/> as <paramref name="viewer"/> may see it; 404 for an unknown loop.</summary>
    public static async Task<VisibleLoop> ReadAsync(IGrainFactory grains, ScorecardViewer viewer, string loopId)
    {
        var plan = await grains.GetGrain<ILoopGrain>(Ids.Require(loopId, "loopId")).GetPlan() ?? throw new NotFoundException("loop", loopId);
        var views = await Task.WhenAll(plan.Rounds.Select(r => grains.GetGrain<IRoundGrain>(Round.KeyOf(plan.LoopId, r.RoundId)).GetView()));
        var standing = LoopStandings.Of(views);
        var rounds = new List<RoundSnapshot>();
        var audits = new Dictionary<string, IReadOnlyList<ScorecardAudit>>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            var visible = Colleagues.Visible(viewer, standing, view);
            rounds.Add(new RoundSnapshot(view.Plan, visible));
            audits[view.Plan.RoundId] = view.Audits.Where(a => visible.Any(s => s.InterviewerId == a.InterviewerId)).ToArray();
        }
        return new VisibleLoop(new LoopSnapshot(plan.LoopId, plan.Candidate, plan.Role, rounds), views, audits, standing.Owes(viewer.Id));
    }
}
