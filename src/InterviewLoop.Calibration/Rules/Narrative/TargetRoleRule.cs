using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Calibration.Narrative.TargetRole;

namespace InterviewLoop.Calibration.Rules.Narrative;

/// <summary>
/// <c>narrative.target_role</c>: the track (IC or manager), level or shape (hands-on, strategy,
/// coordination) the candidate asks for in one round shares no value with another round's. One
/// flag per loop lists every attribute that moved; high when the track moved, else medium. Later
/// ambitions are not read as asks (<see cref="TargetRoleReader"/>), so "senior now, staff later"
/// told twice is consistent.
/// </summary>
internal sealed class TargetRoleRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context)
    {
        var conflicts = CrossRound.Conflicts(context, context.Narrative.TargetRole, (a, b) => a.Subject == b.Subject, Disjoint).ToArray();
        if (conflicts.Length == 0) yield break;
        var rounds = context.RoundsOf(conflicts.SelectMany(c => c.Mentions).Select(m => m.Card));
        var severity = conflicts.Any(c => c.Subject == "track") ? FlagSeverity.High : FlagSeverity.Medium;
        var parts = string.Join("; ", conflicts.Select(c => $"{c.Subject} {c.ValuesByRound()}"));
        yield return NarrativeFlags.Create(FlagKinds.TargetRole, severity, rounds,
            conflicts.SelectMany(c => c.Mentions).Select(m => (m.Card, m.Quote)), $"The role the candidate asks for differs: {parts}.");
    }

    private static bool Disjoint(IReadOnlyList<TargetClaim> a, IReadOnlyList<TargetClaim> b) =>
        !a.Select(x => x.Value).Intersect(b.Select(x => x.Value), StringComparer.Ordinal).Any();
}
