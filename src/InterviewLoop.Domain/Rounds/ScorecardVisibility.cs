using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Who is looking at scorecards.</summary>
/// <param name="Id">User id.</param>
/// <param name="HasOversight">True for recruiters, the hiring committee and admins: they read submitted scorecards.</param>
public sealed record ScorecardViewer(string Id, bool HasOversight);

/// <summary>
/// The one rule of independent scoring, applied on every path (hub pushes, REST reads, the debrief,
/// exports, calibration). A viewer sees a scorecard when:
/// <list type="number">
/// <item>it is their own (draft or submitted); or</item>
/// <item>the round is in training mode, the viewer is one of its shadows and the scorecard is one of its
/// leads' (live, drafts included: the opt-in exception, for training); or</item>
/// <item>the scorecard is submitted, the viewer owes no scorecard anywhere in the loop (on no panel
/// without having submitted there) and the viewer either has oversight or sat on a panel of the loop.</item>
/// </list>
/// Anyone else's draft is never shown, and an interviewer who still owes a scorecard in the loop sees
/// no colleague's, whatever other roles they hold (the practice of Greenhouse and of Google's hiring).
/// </summary>
public static class ScorecardVisibility
{
    /// <summary>True when <paramref name="viewer"/> may see <paramref name="card"/> of round <paramref name="roundId"/>.</summary>
    public static bool MaySee(ScorecardViewer viewer, LoopStanding loop, string roundId, Scorecard card)
    {
        if (card.InterviewerId == viewer.Id) return true;
        if (IsTrainingView(viewer.Id, loop.Find(roundId), card.InterviewerId)) return true;
        if (!card.IsSubmitted || loop.Owes(viewer.Id)) return false;
        return viewer.HasOversight || loop.IsOnAPanel(viewer.Id);
    }

    /// <summary>The scorecards of round <paramref name="roundId"/> that <paramref name="viewer"/> may see, in the given order.</summary>
    public static IReadOnlyList<Scorecard> Filter(ScorecardViewer viewer, LoopStanding loop, string roundId, IEnumerable<Scorecard> cards) =>
        cards.Where(c => MaySee(viewer, loop, roundId, c)).ToArray();

    /// <summary><paramref name="snapshot"/> with only the scorecards <paramref name="viewer"/> may see (for the debrief, exports and calibration).</summary>
    public static LoopSnapshot Filter(ScorecardViewer viewer, LoopStanding loop, LoopSnapshot snapshot) =>
        snapshot with
        {
            Rounds = snapshot.Rounds
                .Select(r => r with { Scorecards = Filter(viewer, loop, r.Plan.RoundId, r.Scorecards) })
                .ToArray(),
        };

    private static bool IsTrainingView(string viewerId, RoundStanding? round, string ownerId) =>
        round is { TrainingMode: true }
        && round.Panel.Find(viewerId)?.Role == PanelRole.Shadow
        && round.Panel.Find(ownerId)?.Role == PanelRole.Lead;
}
