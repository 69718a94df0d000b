using InterviewLoop.Calibration.Narrative;

namespace InterviewLoop.Calibration.Rules.Narrative;

/// <summary>
/// <c>narrative.reason_for_move</c>: the reasons recorded in one round share no category with those
/// of another (a retelling that adds a second reason still overlaps and is not flagged). High: seed
/// 000 names a changing narrative as a defect, and the reason for moving is where it shows first.
/// </summary>
internal sealed class ReasonForMoveRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context) =>
        CrossRound.Conflicts(context, context.Narrative.Reasons, (_, _) => true, Disjoint)
            .Select(c => NarrativeFlags.Create(FlagKinds.ReasonForMove, FlagSeverity.High, c, $"Reason for moving differs: {c.ValuesByRound()}."));

    private static bool Disjoint(IReadOnlyList<IReadOnlySet<string>> a, IReadOnlyList<IReadOnlySet<string>> b) =>
        !a.SelectMany(x => x).Intersect(b.SelectMany(x => x), StringComparer.Ordinal).Any();
}
