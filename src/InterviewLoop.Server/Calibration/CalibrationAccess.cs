using InterviewLoop.Domain;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Debrief;
using InterviewLoop.Server.Problems;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Who may read a stored report. It is computed over every submitted scorecard, so it goes only to someone
/// <see cref="Domain.Rounds.ScorecardVisibility"/> would show them all: oversight roles or the loop's panelists,
/// and none of them while they owe a scorecard anywhere in the loop (docs/decisions/0005).
/// </summary>
internal static class CalibrationAccess
{
    /// <summary>Throws 404 for an unknown loop and 403 (<see cref="AccessDeniedException"/>) for anyone else.</summary>
    public static async Task RequireAllVisibleAsync(CurrentUser user, string loopId, LoopStandings standings, CancellationToken ct)
    {
        var standing = await RequireOnLoopAsync(user, loopId, standings, ct);
        if (standing.Owes(user.Id)) throw new AccessDeniedException(DebriefAccess.OwesMessage);
    }

    /// <summary>
    /// The loop's standing when <paramref name="user"/> has oversight or sits on one of its panels (who may hear
    /// that its report changed); 404 for an unknown loop, 403 for anyone else.
    /// </summary>
    public static async Task<LoopStanding> RequireOnLoopAsync(CurrentUser user, string loopId, LoopStandings standings, CancellationToken ct)
    {
        var standing = await standings.OfLoopAsync(Ids.Require(loopId, "loopId"), ct);
        if (standing.Rounds.Count == 0) throw new NotFoundException("loop", loopId);
        if (!user.HasOversight && !standing.IsOnAPanel(user.Id)) throw new AccessDeniedException("You are not on a panel of this loop.");
        return standing;
    }
}
