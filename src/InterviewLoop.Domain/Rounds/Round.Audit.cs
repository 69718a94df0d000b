namespace InterviewLoop.Domain.Rounds;

/// <summary>The audit trail of submitted scorecards: submit reasons and warnings, and amendments.</summary>
public sealed partial class Round
{
    private readonly Dictionary<string, ScorecardAudit> _audits = new(StringComparer.Ordinal);

    /// <summary>How each scorecard was submitted and amended, for scorecards that have either.</summary>
    public IReadOnlyCollection<ScorecardAudit> Audits => _audits.Values;

    private void ApplySubmit(ScorecardSubmitted s)
    {
        _operations.Add(s.OperationId);
        _scorecards[s.InterviewerId] = ScorecardOf(s.InterviewerId) with { SubmittedAt = s.At };
        if (s.Reason is not null || s.Warnings is { Count: > 0 })
            _audits[s.InterviewerId] = AuditOf(s.InterviewerId) with { SubmitReason = s.Reason, SubmitWarnings = s.Warnings ?? [] };
    }

    private void ApplyAmendment(ScorecardAmended a)
    {
        _operations.Add(a.Change.OperationId);
        var before = ScorecardOf(a.InterviewerId);
        var amendment = new Amendment(a.Change, ScorecardFieldValues.Of(before, a.Change.Field, a.Change.Dimension), a.Reason, a.At);
        _scorecards[a.InterviewerId] = ScorecardEdits.Apply(before, a.Change);
        var audit = AuditOf(a.InterviewerId);
        _audits[a.InterviewerId] = audit with { Amendments = [.. audit.Amendments, amendment] };
    }

    private ScorecardAudit AuditOf(string interviewerId) =>
        _audits.TryGetValue(interviewerId, out var audit) ? audit : ScorecardAudit.Empty(interviewerId);
}
