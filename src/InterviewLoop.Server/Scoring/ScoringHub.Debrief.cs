using InterviewLoop.Domain;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Scoring;

/// <summary>The hub's debrief method.</summary>
internal sealed partial class ScoringHub
{
    /// <summary>
    /// Joins the calibration notices of <paramref name="loopId"/>'s debrief (<c>CalibrationUpdated</c>): oversight
    /// roles and the loop's panelists; anyone else gets 403, an unknown loop 404. The notices carry no content.
    /// </summary>
    public async Task JoinDebrief(string loopId)
    {
        var user = CurrentUser.From(Context.User!);
        var standing = await _standings.OfLoopAsync(Ids.Require(loopId, "loopId"));
        if (standing.Rounds.Count == 0) throw new NotFoundException("loop", loopId);
        if (!user.HasOversight && !standing.IsOnAPanel(user.Id))
            throw new Problems.AccessDeniedException("You are not on a panel of this loop.");
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Debrief(loopId));
    }
}
