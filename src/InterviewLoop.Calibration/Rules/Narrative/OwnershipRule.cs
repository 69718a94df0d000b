using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Calibration.Narrative.Ownership;

namespace InterviewLoop.Calibration.Rules.Narrative;

/// <summary>
/// <c>narrative.ownership</c>: for the same project, one round records only a contribution while
/// another records the candidate leading or owning it (high); or one round only "we" while another
/// says the candidate did it alone or end to end (medium). Led and owned are the same claim told
/// twice; a round that records both a contribution and a lead (a story of taking over) is left alone.
/// </summary>
internal sealed class OwnershipRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context) =>
        CrossRound.Conflicts(context, context.Narrative.Ownership, (a, b) => a.Value.Project.SameAs(b.Value.Project), Conflicting)
            .Select(c => NarrativeFlags.Create(FlagKinds.Ownership, Severity(c), c,
                $"The candidate's part in the {c.Subject} differs: {c.ValuesByRound()}."));

    private static bool Conflicting(IReadOnlyList<OwnershipClaim> a, IReadOnlyList<OwnershipClaim> b) =>
        OnlyContributed(a) && OnlyLed(b) || OnlyContributed(b) && OnlyLed(a) ||
        OnlyTeam(a) && OnlyOwned(b) || OnlyTeam(b) && OnlyOwned(a);

    private static FlagSeverity Severity(Conflict<OwnershipClaim> c) =>
        c.Mentions.Any(m => m.Value.Level == OwnershipLevel.Contributed) ? FlagSeverity.High : FlagSeverity.Medium;

    private static bool OnlyContributed(IReadOnlyList<OwnershipClaim> claims) =>
        claims.Any(c => c.Level == OwnershipLevel.Contributed) && !claims.Any(c => c.Level >= OwnershipLevel.Led);

    private static bool OnlyLed(IReadOnlyList<OwnershipClaim> claims) =>
        claims.Any(c => c.Level >= OwnershipLevel.Led) && !claims.Any(c => c.Level == OwnershipLevel.Contributed);

    private static bool OnlyTeam(IReadOnlyList<OwnershipClaim> claims) => claims.All(c => c.Level == OwnershipLevel.Team);

    private static bool OnlyOwned(IReadOnlyList<OwnershipClaim> claims) =>
        claims.Any(c => c.Level == OwnershipLevel.Owned) && !claims.Any(c => c.Level <= OwnershipLevel.Contributed);
}
