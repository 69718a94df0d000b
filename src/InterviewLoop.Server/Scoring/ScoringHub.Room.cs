using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>The hub's presence and board methods.</summary>
internal sealed partial class ScoringHub
{
    /// <summary>Joins the recruiter board's pushes (recruiters and admins; others get 403).</summary>
    public async Task JoinBoard()
    {
        RoundAccess.RequireProgressWatcher(CurrentUser.From(Context.User!));
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Board);
    }

    /// <summary>Forgets the connection's presence and tells the rooms it was in.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var key in _presence.Leave(Context.ConnectionId)) await _broadcaster.PresenceAsync(key);
        await base.OnDisconnectedAsync(exception);
    }
}
