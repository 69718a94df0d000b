using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Server.Scoring.Visibility;

/// <summary>Someone else's scorecard that the viewer may see (see <see cref="ScorecardVisibility"/>).</summary>
/// <param name="Scorecard">The scorecard (amendments applied).</param>
/// <param name="PanelRole">The owner's part on the panel, or <c>null</c> when no longer on it.</param>
/// <param name="Live">True for a draft shown live to a shadow in training mode; false for a submitted scorecard.</param>
/// <param name="Audit">Submit reason and amendments, or <c>null</c> when there are none.</param>
public sealed record ColleagueScorecard(Scorecard Scorecard, PanelRole? PanelRole, bool Live, ScorecardAudit? Audit);

/// <summary>Cuts a round down to the colleagues' scorecards one viewer may see.</summary>
internal static class Colleagues
{
    /// <summary>Everyone's scorecard but the viewer's own that <paramref name="viewer"/> may see, in panel order.</summary>
    public static IReadOnlyList<ColleagueScorecard> For(ScorecardViewer viewer, LoopStanding loop, RoundView view)
    {
        var panel = view.Plan.Panel;
        var others = view.Scorecards.Where(s => s.InterviewerId != viewer.Id).OrderBy(s => IndexOf(panel, s.InterviewerId));
        return ScorecardVisibility.Filter(viewer, loop, view.Plan.RoundId, others)
            .Select(s => new ColleagueScorecard(s, panel.Find(s.InterviewerId)?.Role, !s.IsSubmitted, AuditOf(view, s.InterviewerId)))
            .ToArray();
    }

    /// <summary>Every scorecard of the round <paramref name="viewer"/> may see, own included, in panel order.</summary>
    public static IReadOnlyList<Scorecard> Visible(ScorecardViewer viewer, LoopStanding loop, RoundView view) =>
        ScorecardVisibility.Filter(viewer, loop, view.Plan.RoundId, view.Scorecards.OrderBy(s => IndexOf(view.Plan.Panel, s.InterviewerId)));

    /// <summary>The audit of <paramref name="interviewerId"/>'s scorecard, or <c>null</c>; only call for a scorecard the viewer may see.</summary>
    public static ScorecardAudit? AuditOf(RoundView view, string interviewerId) =>
        view.Audits.FirstOrDefault(a => a.InterviewerId == interviewerId);

    private static int IndexOf(Panel panel, string interviewerId)
    {
        var index = panel.Members.ToList().FindIndex(m => m.InterviewerId == interviewerId);
        return index < 0 ? int.MaxValue : index;
    }
}
