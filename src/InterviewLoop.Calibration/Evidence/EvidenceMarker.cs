namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// A sign of concrete evidence in an interviewer's note. The first eight are seed 003's evidence
/// stack (problem, scope, decision, risk, delivery, impact, leverage, reflection) and count as
/// "weak": a single stack word can be generic. The last three are "strong": a number, a named
/// system or project, and a precise attribution of who did what each tie a note to something checkable.
/// </summary>
public enum EvidenceMarker
{
    /// <summary>The problem, constraint or situation is named (goal, requirement, ambiguity, compliance, a reorg or layoff).</summary>
    Problem,

    /// <summary>Who or what was involved (teams, customers, support, finance, security).</summary>
    Scope,

    /// <summary>A choice between options (chose, rejected, instead of, the trade-off was).</summary>
    Decision,

    /// <summary>A failure mode handled (rollback, incident, timeout, idempotency, duplicates).</summary>
    Risk,

    /// <summary>How it shipped (rollout, feature flag, shadow mode, migration, runbook).</summary>
    Delivery,

    /// <summary>An outcome that moved (reduced, improved, recovered, latency, downtime).</summary>
    Impact,

    /// <summary>What others gained (mentoring, pairing, templates, checklists, design review).</summary>
    Leverage,

    /// <summary>A lesson or changed behaviour (would do differently, learned, next time).</summary>
    Reflection,

    /// <summary>A figure other than tenure (<c>12 engineers</c>, <c>5 percent</c>, <c>six weeks</c>).</summary>
    Number,

    /// <summary>A specific system or project (<c>account deletion workflow</c>, <c>billing service</c>).</summary>
    NamedSystem,

    /// <summary>A precise action by a named actor (<c>I wrote</c>, <c>he chose</c>, <c>Wrote the design doc</c>).</summary>
    Attribution,
}
