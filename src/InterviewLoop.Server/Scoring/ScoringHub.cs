using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Submission;
using InterviewLoop.Server.Scoring.Visibility;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>
/// <c>/hubs/scoring</c>: a thin door to the round grains. Every method checks role and panel
/// membership, on roles <see cref="Auth.Live.HubUserRecheck"/> keeps in step with the users table (a
/// connection whose user changed is ended); answers come only after the grain has made a change
/// durable; pushes come from the grain through <see cref="HubRoundObserver"/>, cut per viewer by
/// <see cref="ScorecardVisibility"/>.
/// Refusals arrive as a <see cref="HubException"/> whose message is a JSON problem
/// (<c>status</c>, <c>code</c>, <c>field</c>, <c>detail</c>).
/// </summary>
[Authorize]
internal sealed partial class ScoringHub : Hub<IScoringClient>
{
    private readonly IGrainFactory _grains;
    private readonly RoomPresence _presence;
    private readonly RoomViews _rooms;
    private readonly RoomBroadcaster _broadcaster;
    private readonly LoopStandings _standings;
    private readonly ScorecardSubmissions _submissions;

    public ScoringHub(IGrainFactory grains, RoomPresence presence, RoomViews rooms, RoomBroadcaster broadcaster, LoopStandings standings, ScorecardSubmissions submissions) =>
        (_grains, _presence, _rooms, _broadcaster, _standings, _submissions) = (grains, presence, rooms, broadcaster, standings, submissions);

    /// <summary>
    /// Joins a round: panelists and watchers (recruiters, admins) enter its room (presence, agenda,
    /// clock, coverage); a panelist gets their own scorecard back, a watcher the progress; both get
    /// the colleagues' scorecards they may see. Anyone else is refused (403). Call again after a reconnect.
    /// </summary>
    public async Task<JoinResult> JoinRound(string loopId, string roundId)
    {
        var user = CurrentUser.From(Context.User!);
        var view = await RoundAccess.ViewForAsync(_grains, user, loopId, roundId);
        var key = Round.KeyOf(view.LoopId, view.Plan.RoundId);
        var onPanel = user.IsInterviewer && view.Plan.Panel.Contains(user.Id);
        if (!onPanel) RoundAccess.RequireProgressWatcher(user);
        await JoinGroupsAsync(key, user.Id, onPanel);
        _presence.Join(key, Context.ConnectionId, user.Viewer, user.DisplayName);
        await _broadcaster.PresenceAsync(key);
        // Read again after joining the groups, so no change falls between the answer and the first push.
        view = await RoundAccess.Grain(_grains, loopId, roundId).GetView();
        var colleagues = Colleagues.For(user.Viewer, await _standings.ForAsync(view), view);
        return new JoinResult(key, view.Sequence,
            onPanel ? RoundViews.OwnScorecardOf(user, view) : null, onPanel ? null : RoundAccess.ProgressOf(view),
            _rooms.Of(view), colleagues, Colleagues.AuditOf(view, user.Id), RoundAccess.CanHost(user, view));
    }

    /// <summary>
    /// Applies one edit to the caller's draft; returns once it is durable (idempotent by operation id). The
    /// interviewer's other pages are pushed the new scorecard; this page has it in the answer.
    /// </summary>
    public Task<ScoringAck> Change(string loopId, string roundId, ScorecardChange change) =>
        FromThisPage(() => RoundAccess.Grain(_grains, loopId, roundId).Change(Interviewer().Id, change));

    // Writes to the caller's own scorecard: the push of the result skips this connection (see ScoringOrigin).
    private Task<T> FromThisPage<T>(Func<Task<T>> write) => ScoringOrigin.RunAsync(Context.ConnectionId, write);

    private async Task JoinGroupsAsync(string key, string userId, bool onPanel)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Own(key, userId));
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Room(key));
        if (!onPanel) await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Progress(key));
    }

    private CurrentUser Interviewer()
    {
        var user = CurrentUser.From(Context.User!);
        return user.IsInterviewer ? user : throw new Problems.AccessDeniedException("Only interviewers score rounds.");
    }
}
