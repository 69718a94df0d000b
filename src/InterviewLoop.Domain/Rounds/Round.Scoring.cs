using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Scoring decisions: draft edits, submit, amend.</summary>
public sealed partial class Round
{
    /// <summary>Decides a draft edit; returns no event for an operation id already seen.</summary>
    public IReadOnlyList<IRoundEvent> Change(string interviewerId, ScorecardChange change, DateTimeOffset now)
    {
        RequireScheduled();
        if (HasSeen(change.OperationId)) return [];
        RequireEditable(interviewerId);
        ScorecardEdits.Validate(change, Plan!.RubricId);
        return [new ScorecardChanged(interviewerId, change, now)];
    }

    /// <summary>
    /// Decides a submit; requires a recommendation and at least one rating. <paramref name="reason"/>
    /// (1..<see cref="AuditText.MaxReasonLength"/> characters) says why the interviewer submitted despite
    /// the coherence <paramref name="warnings"/> shown to them; both are kept in the audit trail.
    /// </summary>
    public IReadOnlyList<IRoundEvent> Submit(
        string interviewerId, string operationId, DateTimeOffset now, string? reason = null, IReadOnlyList<string>? warnings = null)
    {
        RequireScheduled();
        if (HasSeen(operationId)) return [];
        RequireEditable(interviewerId);
        RequireComplete(ScorecardOf(interviewerId));
        var why = reason is null ? null : AuditText.RequireReason(reason, "reason");
        return [new ScorecardSubmitted(interviewerId, operationId, now, why, AuditText.RequireWarnings(warnings))];
    }

    /// <summary>Throws <see cref="DomainException"/> (<c>scorecard.incomplete</c>) naming what a submit still needs: a rating and a recommendation.</summary>
    public static void RequireComplete(Scorecard draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Ratings.Count == 0)
            throw new DomainException("scorecard.incomplete", "ratings: rate at least one dimension before submitting", "ratings");
        if (draft.Recommendation is null)
            throw new DomainException("scorecard.incomplete", "recommendation: choose a recommendation before submitting", "recommendation");
    }

    /// <summary>
    /// Decides an amendment of a submitted scorecard: one field, with a reason. The scorecard stays
    /// submitted; the amendment is a new event in the audit trail. Refused for a draft
    /// (<c>scorecard.not_submitted</c>) and for a change that changes nothing (<c>amendment.no_change</c>).
    /// </summary>
    public IReadOnlyList<IRoundEvent> Amend(string interviewerId, ScorecardChange change, string reason, DateTimeOffset now)
    {
        RequireScheduled();
        if (HasSeen(change.OperationId)) return [];
        if (!Panel.Contains(interviewerId)) throw new NotOnPanelException(interviewerId, Key);
        var card = ScorecardOf(interviewerId);
        if (!card.IsSubmitted)
            throw new DomainException("scorecard.not_submitted", $"The scorecard of '{interviewerId}' is a draft: change it directly; amendments are for submitted scorecards.");
        ScorecardEdits.Validate(change, Plan!.RubricId);
        var why = AuditText.RequireReason(reason, "reason");
        var before = ScorecardFieldValues.Of(card, change.Field, change.Dimension);
        if (before == ScorecardFieldValues.Of(ScorecardEdits.Apply(card, change), change.Field, change.Dimension))
            throw new DomainException("amendment.no_change", "value: the amendment leaves the scorecard as it is", "value");
        return [new ScorecardAmended(interviewerId, change, why, now)];
    }

    private void RequireEditable(string interviewerId)
    {
        if (!Panel.Contains(interviewerId)) throw new NotOnPanelException(interviewerId, Key);
        if (ScorecardOf(interviewerId).IsSubmitted) throw new ScorecardLockedException(interviewerId, Key);
    }
}
