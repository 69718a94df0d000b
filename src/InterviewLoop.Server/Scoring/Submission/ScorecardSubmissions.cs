using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using InterviewLoop.Server.Scoring.Coherence;

namespace InterviewLoop.Server.Scoring.Submission;

/// <summary>
/// Submitting and amending the caller's own scorecard, the same way from the hub and from REST:
/// a submit runs the coherence check first and goes through only when there is nothing to check or
/// the interviewer gives a reason, which is kept with the warnings in the submit event.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="coherence">The coherence check.</param>
internal sealed class ScorecardSubmissions(IGrainFactory grains, ScorecardCoherence coherence)
{
    /// <summary>The coherence issues of the caller's own scorecard (panel members only).</summary>
    public async Task<IReadOnlyList<CoherenceIssue>> CheckAsync(CurrentUser user, string loopId, string roundId)
    {
        var view = await RoundAccess.Grain(grains, loopId, roundId).GetView();
        RoundAccess.RequirePanelMember(user, view);
        return coherence.Check(view.Plan, RoundViews.OwnScorecardOf(user, view));
    }

    /// <summary>
    /// Submits the caller's scorecard. With coherence issues and no <paramref name="reason"/>, refuses
    /// with <see cref="IncoherentScorecardException"/> and writes nothing.
    /// </summary>
    public async Task<ScoringAck> SubmitAsync(CurrentUser user, string loopId, string roundId, string operationId, string? reason)
    {
        RequireInterviewer(user);
        var grain = RoundAccess.Grain(grains, loopId, roundId);
        var view = await grain.GetView();
        RoundAccess.RequirePanelMember(user, view);
        var card = RoundViews.OwnScorecardOf(user, view);
        // A resent or late submit is the grain's to answer (duplicate, or locked): nothing to check.
        if (card.IsSubmitted) return await grain.Submit(user.Id, operationId, reason);
        // What a submit needs comes first: no point checking coherence of a scorecard that cannot be submitted.
        Round.RequireComplete(card);
        var issues = coherence.Check(view.Plan, card);
        if (issues.Count > 0 && reason is null) throw new IncoherentScorecardException(issues);
        return await grain.Submit(user.Id, operationId, reason, issues.Count > 0 ? issues.Select(i => i.WarningCode).ToArray() : null);
    }

    /// <summary>Amends one field of the caller's submitted scorecard, with a reason.</summary>
    public Task<ScoringAck> AmendAsync(CurrentUser user, string loopId, string roundId, ScorecardChange change, string reason)
    {
        RequireInterviewer(user);
        return RoundAccess.Grain(grains, loopId, roundId).Amend(user.Id, change, reason);
    }

    private static void RequireInterviewer(CurrentUser user)
    {
        if (!user.IsInterviewer) throw new Problems.AccessDeniedException("Only interviewers score rounds.");
    }
}
