using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Problems;

namespace InterviewLoop.Server.Rounds;

/// <summary>Loads a round and checks who may see or score it: panel members, and people with oversight.</summary>
internal static class RoundAccess
{
    /// <summary>The round grain of <paramref name="loopId"/>/<paramref name="roundId"/>; ids are checked first.</summary>
    public static IRoundGrain Grain(IGrainFactory grains, string loopId, string roundId) =>
        grains.GetGrain<IRoundGrain>(Round.KeyOf(Ids.Require(loopId, "loopId"), Ids.Require(roundId, "roundId")));

    /// <summary>The round's view when <paramref name="user"/> is on its panel or has oversight; else 403.</summary>
    public static async Task<RoundView> ViewForAsync(IGrainFactory grains, CurrentUser user, string loopId, string roundId)
    {
        var view = await Grain(grains, loopId, roundId).GetView();
        if (!user.HasOversight) RequirePanelMember(user, view);
        return view;
    }

    /// <summary>Throws <see cref="NotOnPanelException"/> unless <paramref name="user"/> is an interviewer on the round's panel.</summary>
    public static void RequirePanelMember(CurrentUser user, RoundView view)
    {
        if (!user.IsInterviewer || !view.Plan.Panel.Contains(user.Id))
            throw new NotOnPanelException(user.Id, Round.KeyOf(view.LoopId, view.Plan.RoundId));
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <paramref name="user"/> may watch progress (recruiters, admins).</summary>
    public static void RequireProgressWatcher(CurrentUser user)
    {
        if (!user.CanPlan) throw new AccessDeniedException("Only recruiters and admins watch a round's progress.");
    }

    /// <summary>True when <paramref name="user"/> hosts the round's room: recruiters, admins and the round's leads.</summary>
    public static bool CanHost(CurrentUser user, RoundView view) =>
        user.CanPlan || (user.IsInterviewer && view.Plan.Panel.Find(user.Id)?.Role == PanelRole.Lead);

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <paramref name="user"/> hosts the round (see <see cref="CanHost"/>).</summary>
    public static void RequireHost(CurrentUser user, RoundView view)
    {
        if (!CanHost(user, view)) throw new AccessDeniedException("Only the round's lead, recruiters and admins set the agenda, the clock and training mode.");
    }

    /// <summary>Who started and who submitted, without any rating.</summary>
    public static RoundProgress ProgressOf(RoundView view) => new(
        Round.KeyOf(view.LoopId, view.Plan.RoundId), view.Sequence,
        view.Scorecards.Where(s => !s.IsSubmitted).Select(s => s.InterviewerId).ToArray(),
        view.Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId).ToArray());
}
