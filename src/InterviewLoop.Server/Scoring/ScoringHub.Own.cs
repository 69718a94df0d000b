using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;
using InterviewLoop.Server.Scoring.Coherence;
using InterviewLoop.Server.Scoring.Submission;

namespace InterviewLoop.Server.Scoring;

/// <summary>The hub's methods on the caller's own scorecard beyond single edits: catch-up, coherence check, submit, amend.</summary>
internal sealed partial class ScoringHub
{
    /// <summary>
    /// What the caller missed: their own writes after <paramref name="afterSequence"/> (from any of
    /// their devices) and their scorecard now. Pages call it after a reconnect, with the last sequence they had.
    /// </summary>
    public async Task<OwnChanges> Catchup(string loopId, string roundId, long afterSequence)
    {
        var user = Interviewer();
        var grain = RoundAccess.Grain(_grains, loopId, roundId);
        RoundAccess.RequirePanelMember(user, await grain.GetView());
        return await grain.ChangesSince(user.Id, afterSequence);
    }

    /// <summary>Where the caller's own draft disagrees with itself; shown to the caller only.</summary>
    public Task<IReadOnlyList<CoherenceIssue>> CheckCoherence(string loopId, string roundId) =>
        _submissions.CheckAsync(Interviewer(), loopId, roundId);

    /// <summary>Submits and locks the caller's scorecard; refused (409 <c>scorecard.incoherent</c>) while the coherence check finds issues.</summary>
    public Task<ScoringAck> Submit(string loopId, string roundId, string operationId) =>
        FromThisPage(() => _submissions.SubmitAsync(Interviewer(), loopId, roundId, SubmitRequest.RequireOperationId(operationId), reason: null));

    /// <summary>Submits despite coherence issues; <paramref name="reason"/> (1..2000 characters) is kept with them in the audit trail.</summary>
    public Task<ScoringAck> SubmitWithReason(string loopId, string roundId, string operationId, string reason) =>
        FromThisPage(() => _submissions.SubmitAsync(Interviewer(), loopId, roundId, SubmitRequest.RequireOperationId(operationId), reason ?? ""));

    /// <summary>Amends one field of the caller's submitted scorecard with a reason; kept as a new event in the audit trail.</summary>
    public Task<ScoringAck> Amend(string loopId, string roundId, ScorecardChange change, string reason) =>
        FromThisPage(() => _submissions.AmendAsync(Interviewer(), loopId, roundId, change, reason));
}
