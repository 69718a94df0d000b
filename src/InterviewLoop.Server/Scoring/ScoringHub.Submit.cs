using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using InterviewLoop.Server.Scoring.Coherence;
using InterviewLoop.Server.Scoring.Submission;

namespace InterviewLoop.Server.Scoring;

/// <summary>The hub's submit-time methods: coherence check, submit (with or without a reason), amend, and the board.</summary>
internal sealed partial class ScoringHub
{
    /// <summary>Where the caller's own draft disagrees with itself; shown to the caller only.</summary>
    public Task<IReadOnlyList<CoherenceIssue>> CheckCoherence(string loopId, string roundId) =>
        _submissions.CheckAsync(Interviewer(), loopId, roundId);

    /// <summary>Submits and locks the caller's scorecard; refused (409 <c>scorecard.incoherent</c>) while the coherence check finds issues.</summary>
    public Task<ScoringAck> Submit(string loopId, string roundId, string operationId) =>
        _submissions.SubmitAsync(Interviewer(), loopId, roundId, SubmitRequest.RequireOperationId(operationId), reason: null);

    /// <summary>Submits despite coherence issues; <paramref name="reason"/> (1..2000 characters) is kept with them in the audit trail.</summary>
    public Task<ScoringAck> SubmitWithReason(string loopId, string roundId, string operationId, string reason) =>
        _submissions.SubmitAsync(Interviewer(), loopId, roundId, SubmitRequest.RequireOperationId(operationId), reason ?? "");

    /// <summary>Amends one field of the caller's submitted scorecard with a reason; kept as a new event in the audit trail.</summary>
    public Task<ScoringAck> Amend(string loopId, string roundId, ScorecardChange change, string reason) =>
        _submissions.AmendAsync(Interviewer(), loopId, roundId, change, reason);

    /// <summary>Joins the recruiter board's pushes (recruiters and admins; others get 403).</summary>
    public async Task JoinBoard()
    {
        RoundAccess.RequireProgressWatcher(CurrentUser.From(Context.User!));
        await Groups.AddToGroupAsync(Context.ConnectionId, ScoringGroups.Board);
    }
}
