using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>
/// <c>/hubs/scoring</c>: a thin door to the round grains. Every method checks role and panel
/// membership; answers come only after the grain has made a change durable; pushes come from the
/// grain through <see cref="HubRoundObserver"/>. Refusals arrive as a <see cref="HubException"/> whose
/// message is a JSON problem (<c>status</c>, <c>code</c>, <c>field</c>, <c>detail</c>).
/// </summary>
/// <param name="grains">The grain factory.</param>
[Authorize]
public sealed class ScoringHub(IGrainFactory grains) : Hub<IScoringClient>
{
    /// <summary>
    /// Joins a round: a panelist joins their own scorecard's group and gets it back; a recruiter
    /// or admin joins the progress group and gets progress. Anyone else is refused (403).
    /// </summary>
    public async Task<JoinResult> JoinRound(string loopId, string roundId)
    {
        var user = CurrentUser.From(Context.User!);
        var view = await RoundAccess.ViewForAsync(grains, user, loopId, roundId);
        var key = Round.KeyOf(view.LoopId, view.Plan.RoundId);
        var onPanel = user.IsInterviewer && view.Plan.Panel.Contains(user.Id);
        if (!onPanel) RoundAccess.RequireProgressWatcher(user);
        await Groups.AddToGroupAsync(Context.ConnectionId, onPanel ? ScoringGroups.Own(key, user.Id) : ScoringGroups.Progress(key));
        // Read again after joining the group, so no change falls between the answer and the first push.
        view = await RoundAccess.Grain(grains, loopId, roundId).GetView();
        return onPanel
            ? new JoinResult(key, view.Sequence, RoundViews.OwnScorecardOf(user, view), null)
            : new JoinResult(key, view.Sequence, null, RoundAccess.ProgressOf(view));
    }

    /// <summary>Applies one edit to the caller's draft; returns once it is durable (idempotent by operation id).</summary>
    public Task<ScoringAck> Change(string loopId, string roundId, ScorecardChange change) =>
        RoundAccess.Grain(grains, loopId, roundId).Change(Interviewer().Id, change);

    /// <summary>Submits and locks the caller's scorecard; returns once it is durable.</summary>
    public Task<ScoringAck> Submit(string loopId, string roundId, string operationId) =>
        RoundAccess.Grain(grains, loopId, roundId).Submit(Interviewer().Id, SubmitRequest.RequireOperationId(operationId));

    private CurrentUser Interviewer()
    {
        var user = CurrentUser.From(Context.User!);
        return user.IsInterviewer ? user : throw new Problems.AccessDeniedException("Only interviewers score rounds.");
    }
}
