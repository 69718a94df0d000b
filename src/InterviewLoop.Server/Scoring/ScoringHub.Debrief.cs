using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Calibration;

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
        await CalibrationAccess.RequireOnLoopAsync(CurrentUser.From(Context.User!), loopId, _standings, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Debrief(loopId));
    }
}
