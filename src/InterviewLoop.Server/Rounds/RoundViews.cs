using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Rounds;

/// <summary>Cuts a <see cref="RoundView"/> down to what one viewer may see.</summary>
internal static class RoundViews
{
    /// <summary>The round as <paramref name="user"/> may see it (see <see cref="RoundDetail"/>).</summary>
    public static RoundDetail DetailFor(CurrentUser user, RoundView view, LoopStanding loop, RoomView room)
    {
        var onPanel = user.IsInterviewer && view.Plan.Panel.Contains(user.Id);
        return new RoundDetail(
            view.LoopId,
            view.Plan,
            RubricCatalog.TryGet(view.Plan.RubricId, out var rubric) ? rubric : null,
            view.Sequence,
            onPanel ? OwnScorecardOf(user, view) : null,
            onPanel ? Colleagues.AuditOf(view, user.Id) : null,
            user.HasOversight ? RoundAccess.ProgressOf(view) : null,
            Colleagues.For(user.Viewer, loop, view),
            room,
            RoundAccess.CanHost(user, view));
    }

    /// <summary>The scorecard of <paramref name="user"/> in <paramref name="view"/>, or an empty draft.</summary>
    public static Scorecard OwnScorecardOf(CurrentUser user, RoundView view) =>
        view.Scorecards.FirstOrDefault(s => s.InterviewerId == user.Id)
        ?? Scorecard.Draft(user.Id, view.Plan.Panel.Find(user.Id)?.DisplayName ?? user.DisplayName);
}
