using InterviewLoop.Domain;
using InterviewLoop.Server.Scoring.Coherence;

namespace InterviewLoop.Server.Scoring.Submission;

/// <summary>A submit without a reason while the coherence check finds issues. Maps to HTTP 409 (<c>scorecard.incoherent</c>).</summary>
/// <param name="issues">What the check found.</param>
public sealed class IncoherentScorecardException(IReadOnlyList<CoherenceIssue> issues)
    : DomainException("scorecard.incoherent",
        $"Check {issues.Count} {(issues.Count == 1 ? "thing" : "things")} before submitting, or submit with a reason: "
        + string.Join(" ", issues.Select(i => i.Message)), "reason")
{
    /// <summary>The issues found.</summary>
    public IReadOnlyList<CoherenceIssue> Issues { get; } = issues;
}
