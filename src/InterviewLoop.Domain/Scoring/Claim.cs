namespace InterviewLoop.Domain.Scoring;

/// <summary>What a candidate's claim is about; wire names as in the loop-document contract.</summary>
public enum ClaimTopic
{
    /// <summary>Why the candidate is leaving their current role (seed 000's transition situations).</summary>
    ReasonForMove,

    /// <summary>The role shape, track or level the candidate says they want next.</summary>
    TargetRole,

    /// <summary>The candidate's part in a named project (contributed, led, owned).</summary>
    Ownership,

    /// <summary>A number the candidate gave (team size, latency, money, percentage, users).</summary>
    Metric,

    /// <summary>A date, a duration or a tenure.</summary>
    Timeline,
}

/// <summary>
/// A structured tag of something the candidate asserted, comparable across rounds.
/// </summary>
/// <param name="Topic">What the claim is about.</param>
/// <param name="Value">The normalised value (e.g. <c>org_change</c>, <c>led</c>, <c>40%</c>).</param>
/// <param name="Quote">The candidate's words as the interviewer recorded them, or <c>null</c>.</param>
/// <param name="Subject">What the claim is about within its topic (a project name, a metric's subject), or <c>null</c>.</param>
public sealed record Claim(ClaimTopic Topic, string Value, string? Quote, string? Subject = null);
